package org.clinicdesk.app.reports;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.reports.ClinicReport;
import org.clinicdesk.core.reports.ReportPeriod;

/**
 * The words and number formats a report prints, shared by the PDF, the spreadsheet and the window's preview so the
 * three always say the same thing.
 */
public final class ReportText {
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private static final List<String> SHEET_KEYS = List.of("token", "queued", "patient", "uhid", "priority", "doctor",
            "wait", "status", "followUp");
    private static final List<String> DAY_KEYS = List.of("day", "queued", "seen", "cancelled", "noShows");

    /** A labelled figure of the report: a count, or minutes with one decimal. */
    public record Figure(String label, Number value) {
        public String text() {
            return value instanceof Double d ? minutes(d) : value.toString();
        }
    }

    private ReportText() {
    }

    /** Said when the period had no patient and no note. */
    public static String nobody() {
        return Messages.get("report.nobody");
    }

    /** The day sheet's column headings. */
    public static List<String> sheetColumns() {
        return SHEET_KEYS.stream().map(k -> Messages.get("report.column." + k)).toList();
    }

    /** The month's day-by-day column headings. */
    public static List<String> dayColumns() {
        return DAY_KEYS.stream().map(k -> Messages.get("report.column." + k)).toList();
    }

    /** A section or figure of a report ("report.topDiagnoses"). */
    public static String label(String key) {
        return Messages.get("report." + key);
    }

    /** "Day sheet" or "Month summary". */
    public static String kind(ReportPeriod period) {
        return Messages.get(period.kind() == ReportPeriod.Kind.DAY ? "report.daySheet" : "report.monthSummary");
    }

    /** "Monday 30 November 2026" or "November 2026". */
    public static String period(ReportPeriod period) {
        return period.kind() == ReportPeriod.Kind.DAY ? inLanguage("EEEE d MMMM yyyy", period.first())
                : inLanguage("MMMM yyyy", period.first());
    }

    public static String title(ClinicReport r) {
        return Messages.get("report.title", kind(r.period()), period(r.period()));
    }

    /** The headline figures, in the order every output shows them. */
    public static List<Figure> figures(ClinicReport r) {
        ClinicReport.Totals t = r.totals();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(label("queued"), t.queued()));
        figures.add(new Figure(label("seen"), t.seen()));
        figures.add(new Figure(label("completed"), t.completed()));
        figures.add(new Figure(label("cancelled"), t.cancelled()));
        figures.add(new Figure(label("noShows"), t.noShows()));
        figures.add(new Figure(label("open"), t.open()));
        figures.add(new Figure(label("waitsMeasured"), r.waiting().measured()));
        figures.add(new Figure(label("medianWait"), r.waiting().medianMinutes()));
        figures.add(new Figure(label("p90Wait"), r.waiting().p90Minutes()));
        figures.add(new Figure(label("notesSigned"), t.signedNotes()));
        figures.add(new Figure(label("prescriptions"), t.prescriptions()));
        return figures;
    }

    /** Day and month names in the reader's language (Hindi ones for a Hindi user), as the visit summary writes them. */
    private static String inLanguage(String pattern, java.time.temporal.TemporalAccessor when) {
        return org.clinicdesk.app.summary.SummaryText.format(pattern, when);
    }

    /** "12.5"; "12" for a whole number of minutes. */
    public static String minutes(double minutes) {
        return minutes == Math.rint(minutes) ? String.valueOf((long) minutes) : String.valueOf(minutes);
    }

    public static String shortDay(java.time.LocalDate day) {
        return inLanguage("EEE d MMM", day);
    }

    /** The cells of a day-sheet line, in {@link #sheetColumns()} order. */
    public static List<String> cells(ClinicReport.SheetLine line) {
        return List.of(line.token(), HOUR_MINUTE.format(line.queuedAt()), line.patientName(), line.uhid(),
                line.priority().label(), line.doctor(), line.waited().map(String::valueOf).orElse(""),
                line.status().label(), followUp(line));
    }

    /** "7 Dec · review BP": the day the visit's note asks the patient back, and why; "" when it does not. */
    public static String followUp(ClinicReport.SheetLine line) {
        return line.followUp().map(d -> inLanguage("d MMM", d)).map(day -> line.followUpReason().isEmpty() ? day
                : Messages.get("report.followUpWithReason", day, line.followUpReason())).orElse("");
    }

    /** The cells of a month's day, in {@link #dayColumns()} order. */
    public static List<String> cells(ClinicReport.DayLine day) {
        return List.of(shortDay(day.day()), String.valueOf(day.queued()), String.valueOf(day.seen()),
                String.valueOf(day.cancelled()), String.valueOf(day.noShows()));
    }

    public static String zoneNote(ClinicReport r) {
        return Messages.get("report.zoneNote", r.zone().getId());
    }

    /** The whole report as plain lines: the window's preview. */
    public static String plain(ClinicReport r) {
        StringBuilder text = new StringBuilder(r.clinicName()).append('\n').append(title(r)).append("\n\n");
        if (r.isEmpty()) {
            text.append(nobody()).append("\n\n");
        }
        for (Figure f : figures(r)) {
            text.append(f.label()).append(": ").append(f.text()).append('\n');
        }
        if (!r.isEmpty()) {
            counts(text, label("byDoctor"), r.seenByDoctor());
            counts(text, label("byPriority"), r.seenByPriority());
            counts(text, label("topDiagnoses"), r.topDiagnoses());
            counts(text, label("topMedicines"), r.topMedicines());
            if (!r.sheet().isEmpty()) {
                text.append('\n').append(label("queueOfTheDay")).append('\n');
                r.sheet().forEach(line -> text.append(String.join("  ", cells(line))).append('\n'));
            }
        }
        return text.toString();
    }

    private static void counts(StringBuilder text, String title, List<ClinicReport.Count> counts) {
        text.append('\n').append(title).append('\n');
        if (counts.isEmpty()) {
            text.append("  ").append(label("none")).append('\n');
        }
        counts.forEach(c -> text.append("  ").append(c.name()).append(": ").append(c.count()).append('\n'));
    }
}
