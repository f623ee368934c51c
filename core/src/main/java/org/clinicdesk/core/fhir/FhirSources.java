package org.clinicdesk.core.fhir;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outgoing port: the source records this desk has already imported, so that a second import changes nothing. */
public interface FhirSources {
    Optional<ImportedSource> find(String key);

    /** Those of {@code keys} already imported, by key: one look-up for a whole file instead of one per record. */
    java.util.Map<String, ImportedSource> findAll(java.util.Collection<String> keys);

    void remember(ImportedSource source);

    /** {@link #remember} for many at once (a file's sources, none remembered before). */
    void rememberAll(List<ImportedSource> sources);

    /** Everything imported for one patient, including the identifiers the source gave them. */
    List<ImportedSource> forPatient(UUID patientId);
}
