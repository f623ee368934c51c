package org.clinicdesk.storage.ocr.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.clinicdesk.core.extraction.BloodPressureFact;
import org.clinicdesk.core.extraction.ClinicalFact;
import org.clinicdesk.core.extraction.DateFact;
import org.clinicdesk.core.extraction.DiagnosisFact;
import org.clinicdesk.core.extraction.LabResultFact;
import org.clinicdesk.core.extraction.MedicationFact;
import org.clinicdesk.core.extraction.VitalSignFact;

/**
 * One string per fact holding every attribute that must be right for the fact to count: a medication with the
 * wrong frequency is a miss, not a hit. The generator writes its truth in the same form.
 */
public final class FactKeys {
    private FactKeys() {
    }

    public static String of(ClinicalFact fact) {
        if (fact instanceof MedicationFact m) {
            return medication(m.name(), m.strength().map(s -> num(s.value()) + " " + s.unit()).orElse("-"),
                    m.form().map(Enum::name).orElse("-"), m.route().map(Enum::name).orElse("-"),
                    m.frequency().map(Enum::name).orElse("-"),
                    m.duration().map(d -> d.amount() + " " + d.unit().name()).orElse("-"));
        } else if (fact instanceof BloodPressureFact bp) {
            return bloodPressure(bp.systolic(), bp.diastolic());
        } else if (fact instanceof VitalSignFact v) {
            return vital(v.kind().name(), v.value());
        } else if (fact instanceof LabResultFact l) {
            return lab(l.test(), l.value(), l.unit(), l.flag().map(Enum::name).orElse("-"));
        } else if (fact instanceof DiagnosisFact d) {
            return diagnosis(d.name());
        } else if (fact instanceof DateFact d) {
            return date(d.date(), d.role().name(), d.dayMonthAmbiguous());
        }
        throw new IllegalArgumentException("unknown fact " + fact);
    }

    public static String medication(String name, String strength, String form, String route, String frequency,
                                    String duration) {
        return String.join("|", "MED", name, strength, form, route, frequency, duration);
    }

    public static String bloodPressure(int systolic, int diastolic) {
        return "BP|" + systolic + "/" + diastolic;
    }

    public static String vital(String kind, BigDecimal value) {
        return "VITAL|" + kind + "|" + num(value);
    }

    public static String lab(String test, BigDecimal value, String unit, String flag) {
        return String.join("|", "LAB", test, num(value), unit, flag);
    }

    public static String diagnosis(String name) {
        return "DX|" + name;
    }

    public static String date(LocalDate date, String role, boolean ambiguous) {
        return "DATE|" + date + "|" + role + (ambiguous ? "|AMBIGUOUS" : "|CLEAR");
    }

    /** The fact's kind, the part before the first bar, for per-kind scores. */
    public static String kindOf(String key) {
        return key.substring(0, key.indexOf('|')).toUpperCase(Locale.ROOT);
    }

    static String num(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
