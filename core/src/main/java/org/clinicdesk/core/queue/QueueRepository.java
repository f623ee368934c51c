package org.clinicdesk.core.queue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outgoing port: where queue entries and their transitions are kept. */
public interface QueueRepository {
    void save(QueueEntry entry);

    void record(QueueTransition transition);

    Optional<QueueEntry> findByToken(LocalDate day, Token token);

    Optional<QueueEntry> findById(UUID id);

    List<QueueEntry> forDay(LocalDate day);

    List<QueueTransition> transitionsOf(UUID entryId);

    /** An open entry for the patient that day, if any: a patient is queued once at a time. */
    Optional<QueueEntry> openEntryFor(UUID patientId, LocalDate day);
}
