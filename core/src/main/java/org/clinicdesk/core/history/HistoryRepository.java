package org.clinicdesk.core.history;

import java.util.List;
import java.util.UUID;

/** Outgoing port: where history entries are kept. */
public interface HistoryRepository {
    void save(HistoryEntry entry);

    /** Adds an entry whose id is new (just generated), without first looking for a stored one to update (imports). */
    void add(HistoryEntry entry);

    /** {@link #add} for many new entries at once, in their order (an import's whole file). */
    void addAll(List<HistoryEntry> entries);

    List<HistoryEntry> forPatient(UUID patientId);

    /** How many entries {@link #forPatient} lists for each of these patients (absent: none), in one query. */
    java.util.Map<UUID, Integer> countsFor(java.util.Collection<UUID> patientIds);
}
