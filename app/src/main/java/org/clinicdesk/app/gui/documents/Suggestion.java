package org.clinicdesk.app.gui.documents;

import java.util.Locale;
import java.util.Optional;
import org.clinicdesk.core.extraction.BloodPressureFact;
import org.clinicdesk.core.extraction.ClinicalFact;
import org.clinicdesk.core.extraction.DateFact;
import org.clinicdesk.core.extraction.DiagnosisFact;
import org.clinicdesk.core.extraction.LabResultFact;
import org.clinicdesk.core.extraction.MedicationFact;
import org.clinicdesk.core.extraction.VitalSignFact;
import org.clinicdesk.core.history.HistoryKind;

/** A fact found on a page, as the reviewer sees it: a kind, a one-line summary and the history kind it becomes. */
public record Suggestion(int page, ClinicalFact fact) {

    /** The message key of the fact's kind (medication, vital sign, ...). */
    public String kindKey() {
        if (fact instanceof MedicationFact) {
            return "documents.kind.medication";
        } else if (fact instanceof BloodPressureFact || fact instanceof VitalSignFact) {
            return "documents.kind.vital";
        } else if (fact instanceof LabResultFact) {
            return "documents.kind.lab";
        } else if (fact instanceof DiagnosisFact) {
            return "documents.kind.diagnosis";
        }
        return "documents.kind.date";
    }

    /** Which kind of history entry the accepted fact becomes; dates only date the others. */
    public Optional<HistoryKind> historyKind() {
        if (fact instanceof MedicationFact) {
            return Optional.of(HistoryKind.PRESCRIPTION);
        } else if (fact instanceof DiagnosisFact) {
            return Optional.of(HistoryKind.DIAGNOSIS);
        } else if (fact instanceof DateFact) {
            return Optional.empty();
        }
        return Optional.of(HistoryKind.LAB_RESULT);
    }

    /** A readable one-line summary, the text that enters the chart unless the reviewer edits it. */
    public String summary() {
        if (fact instanceof MedicationFact m) {
            return MedicationSummary.of(m);
        } else if (fact instanceof BloodPressureFact bp) {
            return "BP " + bp.systolic() + "/" + bp.diastolic() + " mmHg";
        } else if (fact instanceof VitalSignFact v) {
            return v.kind().display() + " " + v.value().stripTrailingZeros().toPlainString() + " " + readable(v.kind().ucum());
        } else if (fact instanceof LabResultFact l) {
            return l.test() + " " + l.value().stripTrailingZeros().toPlainString() + " " + l.unit()
                    + l.flag().map(f -> " " + f.name().toLowerCase(Locale.ROOT)).orElse("");
        } else if (fact instanceof DiagnosisFact d) {
            return d.name() + d.icd10().map(c -> " (" + c + ")").orElse("");
        }
        DateFact date = (DateFact) fact;
        return date.date() + " (" + date.role().name().toLowerCase(Locale.ROOT) + ")";
    }

    /** UCUM codes as a nurse writes them. */
    private static String readable(String ucum) {
        return switch (ucum) {
            case "Cel" -> "\u00b0C";
            case "mm[Hg]" -> "mmHg";
            default -> ucum;
        };
    }

    /** A number that may be misread: the reviewer must check it against the page and enter it (Edit). */
    public boolean checkTheValue() {
        return fact instanceof LabResultFact l && l.checkTheValue();
    }

    /** 0..1; below {@link #UNSURE} the reviewer is asked to look closely. */
    public double confidence() {
        return fact.confidence();
    }

    public static final double UNSURE = 0.75;
}
