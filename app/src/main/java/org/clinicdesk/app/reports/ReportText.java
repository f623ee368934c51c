package org.clinicdesk.app.reports;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinicdesk.core.reports.ClinicReport;
import org.clinicdesk.core.reports.ReportPeriod;

/**
 * The words and number formats a report prints, shared by the PDF, the spreadsheet and the window's preview so the
 * three always say the same thing.
 */
public final class ReportText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    public static final String NOBODY = "No patients were queued and no notes were signed in this period.";
    public static final List<String> SHEET_COLUMNS = List.of("Token", "Queued", "Patient", "UHID", "Priority",
            "Doctor", "Wait (min)", "Status");
    public static final List<String> DAY_COLUMNS = List.of("Day", "Queued", "Seen", "Cancelled", "No-shows");

    /** A labelled figure of the report: a count, or minutes with one decimal. */
    public record Figure(String label, Number value) {
        public String text() {
            return value instanceof Double d ? minutes(d) : value.toString();
        }
    }

    private ReportText() {
    }

    /** "Day sheet" or "Month summary". */
    public static String kind(ReportPeriod period) {
        return period.kind() == ReportPeriod.Kind.DAY ? "Day sheet" : "Month summary";
    }

    /** "Monday 30 November 2026" or "November 2026". */
    public static String period(ReportPeriod period) {
        return period.kind() == ReportPeriod.Kind.DAY ? DAY.format(period.first()) : MONTH.format(period.first());
    }

    public static String title(ClinicReport r) {
        return kind(r.period()) + ", " + period(r.period());
    }

    /** The headline figures, in the order every output shows them. */
    public static List<Figure> figures(ClinicReport r) {
        ClinicReport.Totals t = r.totals();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Queued", t.queued()));
        figures.add(new Figure("Patients seen", t.seen()));
        figures.add(new Figure("Completed", t.completed()));
        figures.add(new Figure("Cancelled", t.cancelled()));
        figures.add(new Figure("No-shows", t.noShows()));
        figures.add(new Figure("Still open", t.open()));
        figures.add(new Figure("Waits measured", r.waiting().measured()));
        figures.add(new Figure("Median wait (min)", r.waiting().medianMinutes()));
        figures.add(new Figure("90th percentile wait (min)", r.waiting().p90Minutes()));
        figures.add(new Figure("Notes signed", t.signedNotes()));
        figures.add(new Figure("Prescriptions", t.prescriptions()));
        return figures;
    }

    /** "12.5"; "12" for a whole number of minutes. */
    public static String minutes(double minutes) {
        return minutes == Math.rint(minutes) ? String.valueOf((long) minutes) : String.valueOf(minutes);
    }

    public static String shortDay(java.time.LocalDate day) {
        return SHORT_DAY.format(day);
    }

    /** The cells of a day-sheet line, in {@link #SHEET_COLUMNS} order. */
    public static List<String> cells(ClinicReport.SheetLine line) {
        return List.of(line.token(), HOUR_MINUTE.format(line.queuedAt()), line.patientName(), line.uhid(),
                line.priority().label(), line.doctor(), line.waited().map(String::valueOf).orElse(""),
                line.status().label());
    }

    /** The cells of a month's day, in {@link #DAY_COLUMNS} order. */
    public static List<String> cells(ClinicReport.DayLine day) {
        return List.of(shortDay(day.day()), String.valueOf(day.queued()), String.valueOf(day.seen()),
                String.valueOf(day.cancelled()), String.valueOf(day.noShows()));
    }

    public static String zoneNote(ClinicReport r) {
        return "Times in " + r.zone().getId() + ". A patient is seen from the start of the consultation; the wait runs "
                + "from joining the queue to that moment. Diagnoses and prescriptions are those of notes signed in the "
                + "period, as last amended.";
    }

    /** The whole report as plain lines: the window's preview. */
    public static String plain(ClinicReport r) {
        StringBuilder text = new StringBuilder(r.clinicName()).append('\n').append(title(r)).append("\n\n");
        if (r.isEmpty()) {
            text.append(NOBODY).append("\n\n");
        }
        for (Figure f : figures(r)) {
            text.append(f.label()).append(": ").append(f.text()).append('\n');
        }
        if (!r.isEmpty()) {
            counts(text, "Patients seen by doctor", r.seenByDoctor());
            counts(text, "Patients seen by priority", r.seenByPriority());
            counts(text, "Top diagnoses", r.topDiagnoses());
            counts(text, "Top medicines", r.topMedicines());
            if (!r.sheet().isEmpty()) {
                text.append("\nQueue of the day\n");
                r.sheet().forEach(line -> text.append(String.join("  ", cells(line))).append('\n'));
            }
        }
        return text.toString();
    }

    private static void counts(StringBuilder text, String title, List<ClinicReport.Count> counts) {
        text.append('\n').append(title).append('\n');
        if (counts.isEmpty()) {
            text.append("  None\n");
        }
        counts.forEach(c -> text.append("  ").append(c.name()).append(": ").append(c.count()).append('\n'));
    }
}
