package org.clinicdesk.core.vitals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outgoing port: where vitals are kept. */
public interface VitalsRepository {
    void save(Vitals vitals);

    Optional<Vitals> latestFor(UUID patientId);

    List<Vitals> forPatient(UUID patientId);

    boolean existsSince(UUID patientId, Instant since);
}
