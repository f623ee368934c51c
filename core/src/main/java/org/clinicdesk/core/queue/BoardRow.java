package org.clinicdesk.core.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.clinicdesk.core.patient.Patient;

/**
 * A queue entry with the patient it belongs to and whether vitals were taken, as the board shows it; once a doctor
 * has called the patient in, when that was and who did (the waiting time stops there); and for an entry a note's
 * follow-up booked, the reason the note gives (empty when it gives none).
 */
public record BoardRow(QueueEntry entry, Patient patient, boolean hasVitals, Optional<Instant> consultationStartedAt,
                       Optional<String> seenBy, Optional<String> followUpReason) {

    public BoardRow(QueueEntry entry, Patient patient, boolean hasVitals, Optional<Instant> consultationStartedAt,
                    Optional<String> seenBy) {
        this(entry, patient, hasVitals, consultationStartedAt, seenBy, Optional.empty());
    }

    public BoardRow(QueueEntry entry, Patient patient, boolean hasVitals) {
        this(entry, patient, hasVitals, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * How long the patient waited: from arrival to the consultation's start; for an entry not (yet) seen, to now
     * while it is open, or to its closing (cancelled, no-show).
     */
    public Duration waited(Instant now) {
        Instant until = consultationStartedAt.filter(t -> !t.isBefore(entry.arrivedAt()))
                .orElse(entry.status().isOpen() ? now : entry.statusChangedAt());
        return Duration.between(entry.arrivedAt(), until);
    }
}
