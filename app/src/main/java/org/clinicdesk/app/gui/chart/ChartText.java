package org.clinicdesk.app.gui.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.chart.Chart;
import org.clinicdesk.core.chart.ChartNote;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.notes.Amendment;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.Prescription;
import org.clinicdesk.core.vitals.Vitals;

/** The chart's records as text: the timeline and a note shown with its original and every amendment. */
final class ChartText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private ChartText() {
    }

    static List<TimelineItem> timeline(Chart chart, ZoneId zone) {
        List<TimelineItem> items = new ArrayList<>();
        for (Vitals v : chart.vitals()) {
            items.add(new TimelineItem(day(v.takenAt(), zone), Messages.get("chart.kind.vitals"),
                    Messages.get("chart.vitalsLine", v.signs().systolic(), v.signs().diastolic(), v.signs().heartRate(),
                            String.format("%.1f", v.signs().temperatureC()), v.signs().spo2(), v.news2().total())));
        }
        for (ChartNote n : chart.notes()) {
            LocalDate day = day(n.note().createdAt(), zone);
            String state = n.note().isSigned() ? Messages.get("chart.noteSigned", n.note().signedBy())
                    : Messages.get("chart.noteDraft", n.note().author());
            String amended = n.amendments().isEmpty() ? "" : Messages.get("chart.amendedTimes", n.amendments().size());
            items.add(new TimelineItem(day, Messages.get("chart.kind.note"), state + amended + " "
                    + firstLine(n.current().text().assessment())));
            for (Diagnosis d : n.current().diagnoses()) {
                items.add(new TimelineItem(day, Messages.get("chart.kind.diagnosis"), diagnosis(d)));
            }
            for (Prescription p : n.current().prescriptions()) {
                items.add(new TimelineItem(day, Messages.get("chart.kind.prescription"), p.summary()));
            }
        }
        items.addAll(history(chart, zone));
        items.sort(Comparator.comparing(TimelineItem::date).reversed());
        return items;
    }

    static List<TimelineItem> history(Chart chart, ZoneId zone) {
        List<TimelineItem> items = new ArrayList<>();
        for (HistoryEntry h : chart.history()) {
            items.add(new TimelineItem(h.date() == null ? day(h.recordedAt(), zone) : h.date(),
                    Messages.get("history.kind." + h.kind().name()), h.summary()));
        }
        items.sort(Comparator.comparing(TimelineItem::date).reversed());
        return items;
    }

    /** The note as first signed, then each amendment with its author, time and reason. */
    static String versions(ChartNote n, ZoneId zone) {
        StringBuilder s = new StringBuilder();
        s.append(n.note().isSigned()
                ? Messages.get("chart.original", n.note().signedBy(), when(n.note().signedAt(), zone))
                : Messages.get("chart.draft", n.note().author(), when(n.note().updatedAt(), zone)));
        s.append('\n').append(content(n.note().content()));
        int i = 1;
        for (Amendment a : n.amendments()) {
            s.append("\n\n").append(Messages.get("chart.amendment", i++, a.author(), when(a.at(), zone), a.reason()));
            s.append('\n').append(content(a.content()));
        }
        return s.toString();
    }

    static String content(NoteContent c) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("chart.s", c.text().subjective()));
        lines.add(Messages.get("chart.o", c.text().objective()));
        lines.add(Messages.get("chart.a", c.text().assessment()));
        for (Diagnosis d : c.diagnoses()) {
            lines.add(Messages.get("chart.diagnosis", diagnosis(d)));
        }
        lines.add(Messages.get("chart.p", c.text().plan()));
        for (Prescription p : c.prescriptions()) {
            lines.add(Messages.get("chart.rx", p.summary()));
        }
        return String.join("\n", lines);
    }

    static String noteTitle(ChartNote n, ZoneId zone) {
        String title = n.note().isSigned()
                ? Messages.get("chart.noteTitleSigned", when(n.note().signedAt(), zone), n.note().signedBy())
                : Messages.get("chart.noteTitleDraft", when(n.note().updatedAt(), zone), n.note().author());
        return n.amendments().isEmpty() ? title : title + Messages.get("chart.amendedTimes", n.amendments().size());
    }

    private static String diagnosis(Diagnosis d) {
        return d.isCoded() ? Messages.get("note.diagnosisCoded", d.text(), d.system(), d.code()) : d.text();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    /** One line per flag for the chart's Flags tab: severity, state, kind, explanation, then the path. */
    static java.util.List<String> flags(org.clinicdesk.core.flags.PatientFlags found) {
        if (found.flags().isEmpty()) {
            return java.util.List.of(Messages.get("chart.flags.none", found.knowledgeVersion()));
        }
        return found.flags().stream().map(f -> Messages.get("chart.flag", f.severity().words(),
                found.state(f).map(r -> r.state()).orElse(org.clinicdesk.core.flags.FlagState.RAISED).words(),
                f.kind().words(), f.explanation(), f.pathText())).toList();
    }
}
