package org.clinicdesk.core.fhir;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outgoing port: the source records this desk has already imported, so that a second import changes nothing. */
public interface FhirSources {
    Optional<ImportedSource> find(String key);

    void remember(ImportedSource source);

    /** Everything imported for one patient, including the identifiers the source gave them. */
    List<ImportedSource> forPatient(UUID patientId);
}
