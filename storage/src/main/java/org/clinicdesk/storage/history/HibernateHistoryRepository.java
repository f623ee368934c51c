package org.clinicdesk.storage.history;

import java.util.List;
import java.util.UUID;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryRepository;
import org.clinicdesk.storage.db.HibernateUnitOfWork;
import org.clinicdesk.storage.db.PatientCounts;
import org.clinicdesk.storage.db.SavedRows;

/** History entries in {@code history_entry}, newest first (undated ones last). */
public final class HibernateHistoryRepository implements HistoryRepository {
    public static final List<Class<?>> ENTITIES = List.of(HistoryEntryEntity.class);
    private final HibernateUnitOfWork tx;

    public HibernateHistoryRepository(HibernateUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public void save(HistoryEntry entry) {
        tx.withSession(session -> {
            SavedRows.save(session, HistoryEntryEntity.class, entry.id(),
                    id -> new HistoryEntryEntity(id, entry.patientId()), e -> e.copyFrom(entry));
            return null;
        });
    }

    @Override
    public void add(HistoryEntry entry) {
        tx.withSession(session -> {
            HistoryEntryEntity created = new HistoryEntryEntity(entry.id(), entry.patientId());
            created.copyFrom(entry);
            session.persist(created);
            return null;
        });
    }

    @Override
    public List<HistoryEntry> forPatient(UUID patientId) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from HistoryEntryEntity where patientId = :patient and deleted = false "
                                + "order by date desc nulls last, recordedAt desc", HistoryEntryEntity.class)
                .setParameter("patient", patientId)
                .getResultStream().map(HistoryEntryEntity::toEntry).toList());
    }

    @Override
    public java.util.Map<UUID, Integer> countsFor(java.util.Collection<UUID> patientIds) {
        return tx.withSession(session -> PatientCounts.of(session, "HistoryEntryEntity", patientIds));
    }
}
