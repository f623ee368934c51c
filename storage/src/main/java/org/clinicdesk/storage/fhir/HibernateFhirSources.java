package org.clinicdesk.storage.fhir;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.fhir.FhirSources;
import org.clinicdesk.core.fhir.ImportedSource;
import org.clinicdesk.storage.db.HibernateUnitOfWork;

/** Imported FHIR source records in the local-only {@code fhir_import_source} table. */
public final class HibernateFhirSources implements FhirSources {
    public static final List<Class<?>> ENTITIES = List.of(FhirImportSourceEntity.class);
    private final HibernateUnitOfWork tx;

    public HibernateFhirSources(HibernateUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public Optional<ImportedSource> find(String key) {
        return tx.withSession(session -> Optional.ofNullable(session.get(FhirImportSourceEntity.class, key))
                .map(FhirImportSourceEntity::toSource));
    }

    @Override
    public Map<String, ImportedSource> findAll(Collection<String> keys) {
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(keys));
        Map<String, ImportedSource> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            tx.withSession(session -> {
                session.createSelectionQuery("from FhirImportSourceEntity where sourceKey in :keys",
                                FhirImportSourceEntity.class).setParameter("keys", chunk).getResultStream()
                        .map(FhirImportSourceEntity::toSource).forEach(s -> found.put(s.key(), s));
                return null;
            });
        }
        return found;
    }

    @Override
    public void remember(ImportedSource source) {
        tx.withSession(session -> {
            session.persist(new FhirImportSourceEntity(source));
            return null;
        });
    }

    @Override
    public List<ImportedSource> forPatient(UUID patientId) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from FhirImportSourceEntity where patientId = :patient order by sourceKey",
                        FhirImportSourceEntity.class)
                .setParameter("patient", patientId).getResultStream().map(FhirImportSourceEntity::toSource).toList());
    }
}
