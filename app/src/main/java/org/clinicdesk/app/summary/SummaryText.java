package org.clinicdesk.app.summary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.Prescription;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.ClinicalResponse;

/** The words and formats of the printed summary: dates, prescription lines, what an amendment changed. */
public final class SummaryText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private SummaryText() {
    }

    public static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    /** "Amoxicillin 500 mg capsule". */
    static String medicine(Prescription p) {
        return p.drug() + " " + p.strength() + (p.form().isEmpty() ? "" : " " + p.form());
    }

    /** "Oral · TDS (three times a day) · for 5 days". */
    static String directions(Prescription p) {
        List<String> parts = new ArrayList<>();
        parts.add(capitalised(p.route()));
        parts.add(p.frequency().name() + " (" + p.frequency().meaning() + ")");
        if (p.durationDays() != null) {
            parts.add("for " + p.durationDays() + (p.durationDays() == 1 ? " day" : " days"));
        }
        return String.join(" · ", parts);
    }

    static String diagnosis(Diagnosis d) {
        return d.isCoded() ? d.text() + "  (" + d.system() + " " + d.code() + ")" : d.text();
    }

    /** The parts of a note that an amendment changed, in SOAP order. */
    static String changes(NoteContent before, NoteContent after) {
        List<String> changed = new ArrayList<>();
        if (!before.text().subjective().equals(after.text().subjective())) {
            changed.add("subjective");
        }
        if (!before.text().objective().equals(after.text().objective())) {
            changed.add("objective");
        }
        if (!before.text().assessment().equals(after.text().assessment())) {
            changed.add("assessment");
        }
        if (!before.text().plan().equals(after.text().plan())) {
            changed.add("plan");
        }
        if (!before.diagnoses().equals(after.diagnoses())) {
            changed.add("diagnoses");
        }
        if (!before.prescriptions().equals(after.prescriptions())) {
            changed.add("prescriptions");
        }
        return changed.isEmpty() ? "nothing" : String.join(", ", changed);
    }

    static String consciousness(Acvpu level) {
        return level == Acvpu.A ? "Alert" : level.label();
    }

    static String band(ClinicalResponse response) {
        switch (response) {
            case LOW_MEDIUM:
                return "Low-medium";
            case MEDIUM:
                return "Medium";
            case HIGH:
                return "High";
            default:
                return "Low";
        }
    }

    static String decimal(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String capitalised(String s) {
        return s.isEmpty() || Character.isUpperCase(s.charAt(0)) ? s
                : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
