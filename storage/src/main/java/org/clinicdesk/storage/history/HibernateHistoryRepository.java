package org.clinicdesk.storage.history;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryRepository;
import org.clinicdesk.storage.db.HibernateUnitOfWork;
import org.clinicdesk.storage.db.PatientCounts;
import org.clinicdesk.storage.db.SavedRows;
import org.clinicdesk.storage.db.StoreClock;
import org.clinicdesk.storage.outbox.SyncedInserts;

/** History entries in {@code history_entry}, newest first (undated ones last). */
public final class HibernateHistoryRepository implements HistoryRepository {
    public static final List<Class<?>> ENTITIES = List.of(HistoryEntryEntity.class);
    private static final List<String> COLUMNS = List.of("patient_id", "kind", "entry_date", "summary", "details",
            "source", "recorded_by", "recorded_at");
    private final HibernateUnitOfWork tx;
    private final StoreClock clock;

    public HibernateHistoryRepository(HibernateUnitOfWork tx, StoreClock clock) {
        this.tx = tx;
        this.clock = clock;
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

    /**
     * Plain JDBC batches on the transaction's connection, after flushing the session (the patients they belong to may
     * be new in it): the rows, their stamps and their outbox rows are those {@link #add} gives, without an entity each
     * in the session for every later flush to look over.
     */
    @Override
    public void addAll(List<HistoryEntry> entries) {
        tx.withSession(session -> {
            session.flush();
            session.doWork(c -> SyncedInserts.insert(c, clock, "history_entry", COLUMNS, entries, HistoryEntry::id,
                    (insert, e) -> {
                        insert.setObject(5, e.patientId(), Types.OTHER);
                        insert.setString(6, e.kind().name());
                        insert.setObject(7, e.date(), Types.DATE);
                        insert.setString(8, e.summary());
                        insert.setString(9, e.details() == null ? "" : e.details());
                        insert.setString(10, e.source() == null ? "" : e.source());
                        insert.setString(11, e.recordedBy());
                        insert.setObject(12, OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC));
                    }));
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
