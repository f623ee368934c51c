package org.clinicdesk.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueStatus;

/**
 * The figures of a day sheet or a month summary, as {@link ReportFigures} computed them: what the PDF, the
 * spreadsheet, the window and {@code --json} all show. A day sheet lists each queue entry; a month summary lists
 * each day.
 */
public record ClinicReport(ReportPeriod period, String clinicName, ZoneId zone, Instant preparedAt, Totals totals,
                           List<Count> seenByDoctor, List<Count> seenByPriority, WaitingTimes waiting,
                           List<Count> topDiagnoses, List<Count> topMedicines, List<SheetLine> sheet,
                           List<DayLine> days) {
    public ClinicReport {
        seenByDoctor = List.copyOf(seenByDoctor);
        seenByPriority = List.copyOf(seenByPriority);
        topDiagnoses = List.copyOf(topDiagnoses);
        topMedicines = List.copyOf(topMedicines);
        sheet = List.copyOf(sheet);
        days = List.copyOf(days);
    }

    /** No patient was queued in the period: the report says so instead of showing empty tables. */
    public boolean isEmpty() {
        return totals.queued() == 0 && totals.signedNotes() == 0;
    }

    /**
     * Counts of the period. Queued: entries whose service date is in the period. Seen: those whose consultation
     * started. Completed, cancelled, no-shows, open: by the entry's status now. Signed notes and prescription lines:
     * notes signed in the period.
     */
    public record Totals(int queued, int seen, int completed, int cancelled, int noShows, int open, int signedNotes,
                         int prescriptions) {
    }

    /** A name (doctor, priority, diagnosis, medicine) and how many times it was counted. */
    public record Count(String name, int count) {
    }

    /**
     * Minutes from joining the queue to the start of the consultation, over the {@code measured} patients seen:
     * the median and the 90th percentile (nearest rank). Both are 0 when nobody was seen.
     */
    public record WaitingTimes(int measured, double medianMinutes, double p90Minutes) {
    }

    /** One queue entry of a day sheet, in token order. */
    /** A visit of the day; the follow-up day (null when none) and reason ("" when none) its signed note asks for. */
    public record SheetLine(String token, LocalTime queuedAt, String patientName, String uhid, Priority priority,
                            String doctor, Integer waitedMinutes, QueueStatus status, java.time.LocalDate followUpDate,
                            String followUpReason) {
        public Optional<Integer> waited() {
            return Optional.ofNullable(waitedMinutes);
        }

        public Optional<java.time.LocalDate> followUp() {
            return Optional.ofNullable(followUpDate);
        }
    }

    /** One day of a month summary. */
    public record DayLine(LocalDate day, int queued, int seen, int cancelled, int noShows) {
    }
}
