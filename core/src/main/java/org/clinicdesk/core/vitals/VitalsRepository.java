package org.clinicdesk.core.vitals;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Outgoing port: where vitals are kept. */
public interface VitalsRepository {
    void save(Vitals vitals);

    Optional<Vitals> latestFor(UUID patientId);

    List<Vitals> forPatient(UUID patientId);

    boolean existsSince(UUID patientId, Instant since);

    /** Those of {@code patientIds} with vitals taken since {@code since}, in one read (the board's markers). */
    Set<UUID> withVitalsSince(Collection<UUID> patientIds, Instant since);
}
