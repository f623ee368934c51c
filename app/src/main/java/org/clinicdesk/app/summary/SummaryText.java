package org.clinicdesk.app.summary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.Prescription;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.ClinicalResponse;

/** The words and formats of the printed summary: dates, prescription lines, what an amendment changed. */
public final class SummaryText {
    private SummaryText() {
    }

    /** "21 Nov 2026, 09:52", month names in the desk user's language. */
    public static String time(Instant at, ZoneId zone) {
        return format("d MMM yyyy, HH:mm", at.atZone(zone));
    }

    /** The clinic's local time with its zone as people read it: "30 Nov 2026, 21:35 IST (UTC+05:30)". */
    public static String localTime(Instant at, ZoneId zone) {
        return format("d MMM yyyy, HH:mm z '(UTC'xxx')'", at.atZone(zone));
    }

    /** "Monday, 14 Dec 2026". */
    public static String date(java.time.LocalDate day) {
        return format("EEEE, d MMM yyyy", day);
    }

    /** Day and month names in the language the texts speak (English for the root bundle), digits as written. */
    public static String format(String pattern, java.time.temporal.TemporalAccessor when) {
        Locale language = Messages.locale().getLanguage().isEmpty() ? Locale.ENGLISH : Messages.locale();
        return DateTimeFormatter.ofPattern(pattern, language).format(when);
    }

    /** Both scales, as Indian clinics read a thermometer either way: "38.5 °C (101.3 °F)". */
    public static String temperature(double celsius) {
        return String.format(Locale.ROOT, "%.1f °C (%.1f °F)", celsius, celsius * 9 / 5 + 32);
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
            parts.add(Messages.get("pdf.summary.forDays", p.durationDays()));
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
            changed.add(Messages.get("pdf.summary.subjective"));
        }
        if (!before.text().objective().equals(after.text().objective())) {
            changed.add(Messages.get("pdf.summary.objective"));
        }
        if (!before.text().assessment().equals(after.text().assessment())) {
            changed.add(Messages.get("pdf.summary.assessment"));
        }
        if (!before.text().plan().equals(after.text().plan())) {
            changed.add(Messages.get("pdf.summary.plan"));
        }
        if (!before.diagnoses().equals(after.diagnoses())) {
            changed.add(Messages.get("pdf.summary.diagnoses"));
        }
        if (!before.prescriptions().equals(after.prescriptions())) {
            changed.add(Messages.get("pdf.summary.prescriptions"));
        }
        // the section titles, in lower case mid-sentence ("plan, prescriptions"); scripts without case stay as they are
        return changed.isEmpty() ? Messages.get("pdf.summary.nothingChanged")
                : String.join(", ", changed).toLowerCase(Messages.locale());
    }

    static String consciousness(Acvpu level) {
        return level == Acvpu.A ? Messages.get("pdf.summary.alert") : level.label();
    }

    static String band(ClinicalResponse response) {
        return Messages.get("pdf.summary.band." + response.name());
    }

    static String decimal(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String capitalised(String s) {
        return s.isEmpty() || Character.isUpperCase(s.charAt(0)) ? s
                : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
