package org.clinicdesk.storage.ocr;

import java.util.LinkedHashMap;
import java.util.Map;
import org.clinicdesk.core.extraction.BloodPressureFact;
import org.clinicdesk.core.extraction.ClinicalFact;
import org.clinicdesk.core.extraction.DateFact;
import org.clinicdesk.core.extraction.DiagnosisFact;
import org.clinicdesk.core.extraction.LabResultFact;
import org.clinicdesk.core.extraction.MedicationFact;
import org.clinicdesk.core.extraction.VitalSignFact;

/**
 * A suggested fact as the {@code ocr --json} output shows it: its kind, where it was found (page, character
 * offsets in that page's row text, the text itself), confidence, and its details with absent parts left out.
 * This shape is part of the command-line contract; add fields, never rename them.
 */
public record FactView(String kind, int page, int start, int end, String text, double confidence,
                       Map<String, Object> details) {

    static FactView of(ClinicalFact fact, int page) {
        Map<String, Object> d = new LinkedHashMap<>();
        String kind;
        if (fact instanceof MedicationFact m) {
            kind = "medication";
            d.put("name", m.name());
            m.strength().ifPresent(s -> d.put("strength", s.toString()));
            m.form().ifPresent(f -> d.put("form", f.name()));
            m.route().ifPresent(r -> d.put("route", r.name()));
            m.frequency().ifPresent(f -> d.put("frequency", f.name()));
            m.duration().ifPresent(x -> d.put("duration", duration(x)));
            d.put("asNeeded", m.asNeeded());
            d.put("stat", m.statDose());
            d.put("status", m.status().name());
            if (m.tapering()) {
                d.put("steps", m.steps().stream().map(step -> {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("printed", step.printed());
                    step.frequency().ifPresent(f -> s.put("frequency", f.name()));
                    step.duration().ifPresent(x -> s.put("duration", duration(x)));
                    return s;
                }).toList());
            }
        } else if (fact instanceof BloodPressureFact bp) {
            kind = "blood_pressure";
            d.put("systolic", bp.systolic());
            d.put("diastolic", bp.diastolic());
            d.put("unit", "mmHg");
        } else if (fact instanceof VitalSignFact v) {
            kind = "vital_sign";
            d.put("sign", v.kind().name());
            d.put("loinc", v.kind().loinc());
            d.put("value", v.value());
            d.put("unit", v.kind().ucum());
            d.put("printedUnit", v.printedUnit());
        } else if (fact instanceof LabResultFact l) {
            kind = "lab_result";
            d.put("test", l.test());
            l.loinc().ifPresent(c -> d.put("loinc", c));
            d.put("value", l.value());
            d.put("unit", l.unit());
            l.range().ifPresent(r -> {
                r.low().ifPresent(x -> d.put("low", x));
                r.high().ifPresent(x -> d.put("high", x));
            });
            l.flag().ifPresent(f -> d.put("flag", f.name()));
            d.put("flagPrinted", l.flagPrinted());
            d.put("flagConflict", l.flagConflict());
            d.put("checkTheValue", l.checkTheValue());
            d.put("doubts", l.doubts().stream().map(Enum::name).toList());
        } else if (fact instanceof DiagnosisFact dx) {
            kind = "diagnosis";
            d.put("name", dx.name());
            dx.icd10().ifPresent(c -> d.put("icd10", c));
        } else {
            DateFact date = (DateFact) fact;
            kind = "date";
            d.put("date", date.date().toString());
            d.put("role", date.role().name());
            d.put("dayMonthAmbiguous", date.dayMonthAmbiguous());
            date.alternative().ifPresent(a -> d.put("alternative", a.toString()));
        }
        return new FactView(kind, page, fact.span().start(), fact.span().end(), fact.span().text(),
                Math.round(fact.confidence() * 1000) / 1000.0, d);
    }

    private static String duration(org.clinicdesk.core.extraction.DoseDuration x) {
        return x.amount() + " " + x.unit().name().toLowerCase(java.util.Locale.ROOT);
    }
}
