package org.clinicdesk.core.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

/**
 * A patient's place in one day's queue. {@code round} counts requeues: sync compares (round, stage) so that a
 * status never moves backwards except through an explicit requeue.
 */
public record QueueEntry(UUID id, UUID patientId, Token token, LocalDate serviceDate, Priority priority,
                         QueueStatus status, Instant arrivedAt, Instant statusChangedAt, int round) {

    /** Board order: priority first, then who arrived first. */
    public static final Comparator<QueueEntry> BOARD_ORDER = Comparator
            .comparingInt((QueueEntry e) -> e.priority().rank())
            .thenComparing(QueueEntry::arrivedAt)
            .thenComparing(e -> e.token().value());

    public QueueEntry movedTo(QueueStatus target, Instant at) {
        return new QueueEntry(id, patientId, token, serviceDate, priority, target, arrivedAt, at, round);
    }

    public QueueEntry withPriority(Priority changed) {
        return new QueueEntry(id, patientId, token, serviceDate, changed, status, arrivedAt, statusChangedAt, round);
    }

    public QueueEntry requeued(Instant at) {
        return new QueueEntry(id, patientId, token, serviceDate, priority, QueueStatus.WAITING, arrivedAt, at, round + 1);
    }
}
