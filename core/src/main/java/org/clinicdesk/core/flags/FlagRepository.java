package org.clinicdesk.core.flags;

import java.util.List;
import java.util.UUID;

/** Outgoing port: where flags and their states are kept. */
public interface FlagRepository {
    void save(FlagRecord flag);

    List<FlagRecord> forPatient(UUID patientId);
}
