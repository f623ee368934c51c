package org.clinicdesk.core.queue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** The transitions of several entries in one read (the board's), each entry's in order; none: no key. */
    Map<UUID, List<QueueTransition>> transitionsOf(Collection<UUID> entryIds);

    /** An open entry for the patient that day, if any: a patient is queued once at a time. */
    Optional<QueueEntry> openEntryFor(UUID patientId, LocalDate day);
}
