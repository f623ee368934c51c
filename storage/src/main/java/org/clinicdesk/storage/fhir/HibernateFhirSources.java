package org.clinicdesk.storage.fhir;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
    private static final int CHUNK = 500;
    private final HibernateUnitOfWork tx;

    public HibernateFhirSources(HibernateUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public Optional<ImportedSource> find(String key) {
        return tx.withSession(session -> Optional.ofNullable(session.get(FhirImportSourceEntity.class, key))
                .map(FhirImportSourceEntity::toSource));
    }

    /** Plain JDBC in the caller's transaction (a file's keys at once; the session holds none of these rows). */
    @Override
    public Map<String, ImportedSource> findAll(Collection<String> keys) {
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(keys));
        Map<String, ImportedSource> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            tx.reading(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT source_key, resource_type, target_id, "
                        + "patient_id, file_name, imported_at, imported_by FROM fhir_import_source WHERE source_key IN ("
                        + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ImportedSource s = new ImportedSource(rs.getString(1), rs.getString(2),
                                    rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5),
                                    rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7));
                            found.put(s.key(), s);
                        }
                    }
                }
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

    /** Plain JDBC batches on the transaction's connection: the rows {@link #remember} writes, for a whole file. */
    @Override
    public void rememberAll(List<ImportedSource> all) {
        if (all.isEmpty()) {
            return;
        }
        tx.withSession(session -> {
            session.flush();
            session.doWork(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO fhir_import_source (source_key, "
                        + "resource_type, target_id, patient_id, file_name, imported_at, imported_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    int pending = 0;
                    for (ImportedSource s : all) {
                        FhirImportSourceEntity row = new FhirImportSourceEntity(s);
                        insert.setString(1, row.sourceKey());
                        insert.setString(2, s.resourceType());
                        insert.setObject(3, s.targetId(), Types.OTHER);
                        insert.setObject(4, s.patientId(), Types.OTHER);
                        insert.setString(5, row.fileName());
                        insert.setObject(6, OffsetDateTime.ofInstant(s.importedAt(), ZoneOffset.UTC));
                        insert.setString(7, s.importedBy());
                        insert.addBatch();
                        if (++pending == CHUNK) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        insert.executeBatch();
                    }
                }
            });
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
