package org.clinicdesk.core.history;

import java.util.List;
import java.util.UUID;

/** Outgoing port: where history entries are kept. */
public interface HistoryRepository {
    void save(HistoryEntry entry);

    List<HistoryEntry> forPatient(UUID patientId);
}
