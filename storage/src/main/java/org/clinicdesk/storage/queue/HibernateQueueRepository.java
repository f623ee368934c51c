package org.clinicdesk.storage.queue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueRepository;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.queue.QueueTransition;
import org.clinicdesk.core.queue.Token;
import org.clinicdesk.storage.db.HibernateUnitOfWork;

/** Queue entries ({@code queue_entry}) and their recorded moves ({@code queue_transition}). */
public final class HibernateQueueRepository implements QueueRepository {
    public static final List<Class<?>> ENTITIES = List.of(QueueEntryEntity.class, QueueTransitionEntity.class);
    private static final List<String> OPEN = java.util.Arrays.stream(QueueStatus.values())
            .filter(QueueStatus::isOpen).map(Enum::name).toList();
    private final HibernateUnitOfWork tx;

    public HibernateQueueRepository(HibernateUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public void save(QueueEntry entry) {
        tx.withSession(session -> {
            QueueEntryEntity entity = session.get(QueueEntryEntity.class, entry.id());
            if (entity == null) {
                entity = new QueueEntryEntity(entry.id(), entry.patientId());
                entity.copyFrom(entry);
                session.persist(entity);
            } else {
                entity.copyFrom(entry);
            }
            return null;
        });
    }

    @Override
    public void record(QueueTransition transition) {
        tx.withSession(session -> {
            session.persist(new QueueTransitionEntity(transition));
            return null;
        });
    }

    @Override
    public Optional<QueueEntry> findByToken(LocalDate day, Token token) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from QueueEntryEntity where serviceDate = :day and token = :token and deleted = false",
                        QueueEntryEntity.class)
                .setParameter("day", day)
                .setParameter("token", token.value())
                .uniqueResultOptional()
                .map(QueueEntryEntity::toEntry));
    }

    @Override
    public Optional<QueueEntry> findById(UUID id) {
        return tx.withSession(session -> Optional.ofNullable(session.get(QueueEntryEntity.class, id))
                .filter(e -> !e.isDeleted())
                .map(QueueEntryEntity::toEntry));
    }

    @Override
    public List<QueueEntry> forDay(LocalDate day) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from QueueEntryEntity where serviceDate = :day and deleted = false order by token",
                        QueueEntryEntity.class)
                .setParameter("day", day)
                .getResultStream().map(QueueEntryEntity::toEntry).toList());
    }

    @Override
    public List<QueueTransition> transitionsOf(UUID entryId) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from QueueTransitionEntity where entryId = :entry and deleted = false order by movedAt, id",
                        QueueTransitionEntity.class)
                .setParameter("entry", entryId)
                .getResultStream().map(QueueTransitionEntity::toTransition).toList());
    }

    @Override
    public Map<UUID, List<QueueTransition>> transitionsOf(Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return tx.withSession(session -> session.createSelectionQuery(
                        "from QueueTransitionEntity where entryId in (:entries) and deleted = false order by movedAt, id",
                        QueueTransitionEntity.class)
                .setParameterList("entries", entryIds)
                .getResultStream().map(QueueTransitionEntity::toTransition)
                .collect(Collectors.groupingBy(QueueTransition::entryId, LinkedHashMap::new, Collectors.toList())));
    }

    @Override
    public Optional<QueueEntry> openEntryFor(UUID patientId, LocalDate day) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from QueueEntryEntity where patientId = :patient and serviceDate = :day and deleted = false "
                                + "and status in (:open) order by arrivedAt", QueueEntryEntity.class)
                .setParameter("patient", patientId)
                .setParameter("day", day)
                .setParameterList("open", OPEN)
                .setMaxResults(1)
                .uniqueResultOptional()
                .map(QueueEntryEntity::toEntry));
    }

    /** Entries whose service date is from {@code first} to {@code last} inclusive (reports). */
    public List<QueueEntry> servedBetween(LocalDate first, LocalDate last) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from QueueEntryEntity where serviceDate between :first and :last and deleted = false "
                                + "order by serviceDate, arrivedAt, token", QueueEntryEntity.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultStream().map(QueueEntryEntity::toEntry).toList());
    }

    /** The moves of every entry served from {@code first} to {@code last}, in one query, by entry (reports). */
    public java.util.Map<UUID, List<QueueTransition>> transitionsServedBetween(LocalDate first, LocalDate last) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "select t from QueueTransitionEntity t, QueueEntryEntity e where t.entryId = e.id "
                                + "and e.serviceDate between :first and :last and e.deleted = false "
                                + "and t.deleted = false order by t.movedAt, t.id", QueueTransitionEntity.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultStream().map(QueueTransitionEntity::toTransition)
                .collect(java.util.stream.Collectors.groupingBy(QueueTransition::entryId)));
    }
}
