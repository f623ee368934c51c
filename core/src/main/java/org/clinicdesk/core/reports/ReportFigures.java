package org.clinicdesk.core.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.Prescription;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.queue.QueueTransition;
import org.clinicdesk.core.reports.ClinicReport.Count;
import org.clinicdesk.core.reports.ClinicReport.DayLine;
import org.clinicdesk.core.reports.ClinicReport.SheetLine;
import org.clinicdesk.core.reports.ClinicReport.Totals;
import org.clinicdesk.core.reports.ClinicReport.WaitingTimes;

/**
 * The report's arithmetic, pure: from the period's queue entries (with their moves) and signed notes to the figures.
 * A patient counts as seen, under the doctor who called them in, from the first move into consultation; the wait is
 * from joining the queue to that move. Median as usual (the mean of the two middle values for an even count), 90th
 * percentile by nearest rank. Diagnoses count once per note (coded ones by system and code, free text by its words
 * ignoring case); medicines count once per prescription line, by drug name ignoring case.
 */
public final class ReportFigures {
    /** How many diagnoses and medicines a report lists. */
    public static final int TOP = 10;

    private ReportFigures() {
    }

    public static ClinicReport compute(ReportPeriod period, String clinicName, ZoneId zone, Instant preparedAt,
                                       List<ReportVisit> visits, List<SignedNote> notes) {
        return compute(period, clinicName, zone, preparedAt, visits, notes, UnaryOperator.identity());
    }

    /** As above, with each doctor shown as {@code staffName} gives their user name (e.g. "Dev Sharma (dev)"). */
    public static ClinicReport compute(ReportPeriod period, String clinicName, ZoneId zone, Instant preparedAt,
                                       List<ReportVisit> visits, List<SignedNote> notes,
                                       UnaryOperator<String> staffName) {
        List<ReportVisit> ordered = visits.stream()
                .sorted(Comparator.comparing((ReportVisit v) -> v.entry().serviceDate())
                        .thenComparing(v -> v.entry().arrivedAt()).thenComparing(v -> v.entry().token().value()))
                .toList();
        Map<String, Integer> byDoctor = new LinkedHashMap<>();
        Map<String, Integer> byPriority = new LinkedHashMap<>();
        for (Priority p : Priority.values()) {
            byPriority.put(p.label(), 0);
        }
        List<Long> waits = new ArrayList<>();
        List<SheetLine> sheet = new ArrayList<>();
        int seen = 0;
        for (ReportVisit v : ordered) {
            Optional<QueueTransition> called = consultationStart(v);
            Integer waited = null;
            if (called.isPresent()) {
                seen++;
                byDoctor.merge(staffName.apply(called.get().byUser()), 1, Integer::sum);
                byPriority.merge(v.entry().priority().label(), 1, Integer::sum);
                long seconds = Math.max(0, Duration.between(v.entry().arrivedAt(), called.get().at()).getSeconds());
                waits.add(seconds);
                waited = (int) Math.round(seconds / 60.0);
            }
            if (period.kind() == ReportPeriod.Kind.DAY) {
                Optional<org.clinicdesk.core.notes.NoteContent> note = SignedNote.ofVisit(v, notes)
                        .map(SignedNote::content);
                sheet.add(new SheetLine(v.entry().token().value(), v.entry().arrivedAt().atZone(zone).toLocalTime()
                        .withNano(0), v.patientName(), v.uhid(), v.entry().priority(),
                        called.map(t -> staffName.apply(t.byUser())).orElse(""), waited, v.entry().status(),
                        note.flatMap(org.clinicdesk.core.notes.NoteContent::followUp).orElse(null),
                        note.map(org.clinicdesk.core.notes.NoteContent::followUpReason).orElse("")));
            }
        }
        List<SignedNote> signed = notes.stream().sorted(Comparator.comparing(SignedNote::signedAt)
                .thenComparing(SignedNote::noteId)).toList();
        Totals totals = new Totals(ordered.size(), seen, count(ordered, QueueStatus.COMPLETED),
                count(ordered, QueueStatus.CANCELLED), count(ordered, QueueStatus.NO_SHOW),
                (int) ordered.stream().filter(v -> v.entry().status().isOpen()).count(), signed.size(),
                signed.stream().mapToInt(n -> n.content().prescriptions().size()).sum());
        return new ClinicReport(period, clinicName, zone, preparedAt, totals, ranked(byDoctor, Integer.MAX_VALUE),
                byPriority.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList(), waiting(waits),
                topDiagnoses(signed), topMedicines(signed), sheet,
                period.kind() == ReportPeriod.Kind.MONTH ? days(period, ordered) : List.of());
    }

    /** The median (mean of the middle two for an even count) of values already sorted ascending. */
    static double median(List<Long> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return 0;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** The smallest value with at least {@code percent}% of the values at or below it (nearest rank). */
    static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static Optional<QueueTransition> consultationStart(ReportVisit v) {
        return v.transitions().stream().filter(t -> t.to() == QueueStatus.IN_CONSULTATION)
                .min(Comparator.comparing(QueueTransition::at).thenComparing(QueueTransition::id));
    }

    private static int count(List<ReportVisit> visits, QueueStatus status) {
        return (int) visits.stream().filter(v -> v.entry().status() == status).count();
    }

    private static WaitingTimes waiting(List<Long> seconds) {
        List<Long> sorted = seconds.stream().sorted().toList();
        return new WaitingTimes(sorted.size(), minutes(median(sorted)), minutes(percentile(sorted, 90)));
    }

    private static double minutes(double seconds) {
        return Math.round(seconds / 6.0) / 10.0;
    }

    private static List<Count> topDiagnoses(List<SignedNote> notes) {
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SignedNote n : notes) {
            n.content().diagnoses().stream().map(ReportFigures::diagnosisKey).distinct().forEach(key -> {
                counts.merge(key, 1, Integer::sum);
            });
            for (Diagnosis d : n.content().diagnoses()) {
                shown.putIfAbsent(diagnosisKey(d), d.isCoded() ? d.text() + " (" + d.code() + ")" : d.text());
            }
        }
        return ranked(relabel(counts, shown), TOP);
    }

    private static String diagnosisKey(Diagnosis d) {
        return d.isCoded() ? d.system().toUpperCase(Locale.ROOT) + "|" + d.code().toUpperCase(Locale.ROOT)
                : "text|" + d.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static List<Count> topMedicines(List<SignedNote> notes) {
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SignedNote n : notes) {
            for (Prescription p : n.content().prescriptions()) {
                String key = p.drug().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                counts.merge(key, 1, Integer::sum);
                shown.putIfAbsent(key, p.drug());
            }
        }
        return ranked(relabel(counts, shown), TOP);
    }

    private static Map<String, Integer> relabel(Map<String, Integer> counts, Map<String, String> shown) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.forEach((key, n) -> out.merge(shown.get(key), n, Integer::sum));
        return out;
    }

    /** Most counted first, ties by name, at most {@code limit}. */
    private static List<Count> ranked(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> new Count(e.getKey(), e.getValue()))
                .toList();
    }

    private static List<DayLine> days(ReportPeriod period, List<ReportVisit> visits) {
        List<DayLine> days = new ArrayList<>();
        for (LocalDate d = period.first(); !d.isAfter(period.last()); d = d.plusDays(1)) {
            LocalDate day = d;
            List<ReportVisit> ofDay = visits.stream().filter(v -> v.entry().serviceDate().equals(day)).toList();
            int seen = (int) ofDay.stream().filter(v -> consultationStart(v).isPresent()).count();
            days.add(new DayLine(day, ofDay.size(), seen, count(ofDay, QueueStatus.CANCELLED),
                    count(ofDay, QueueStatus.NO_SHOW)));
        }
        return days;
    }
}
