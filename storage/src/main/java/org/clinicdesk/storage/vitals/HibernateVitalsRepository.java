package org.clinicdesk.storage.vitals;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clinicdesk.core.vitals.Vitals;
import org.clinicdesk.core.vitals.VitalsRepository;
import org.clinicdesk.storage.db.HibernateUnitOfWork;

/** Vitals in {@code vitals}, read per patient newest first through the (patient, taken_at) index. */
public final class HibernateVitalsRepository implements VitalsRepository {
    public static final List<Class<?>> ENTITIES = List.of(VitalsEntity.class);
    private final HibernateUnitOfWork tx;

    public HibernateVitalsRepository(HibernateUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public void save(Vitals vitals) {
        tx.withSession(session -> {
            if (session.get(VitalsEntity.class, vitals.id()) != null) {
                throw new IllegalStateException("Vitals " + vitals.id() + " are already recorded; vitals are never changed.");
            }
            session.persist(new VitalsEntity(vitals));
            return null;
        });
    }

    @Override
    public Optional<Vitals> latestFor(UUID patientId) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from VitalsEntity where patientId = :patient and deleted = false order by takenAt desc, id desc",
                        VitalsEntity.class)
                .setParameter("patient", patientId)
                .setMaxResults(1)
                .uniqueResultOptional()
                .map(VitalsEntity::toVitals));
    }

    @Override
    public List<Vitals> forPatient(UUID patientId) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from VitalsEntity where patientId = :patient and deleted = false order by takenAt desc, id desc",
                        VitalsEntity.class)
                .setParameter("patient", patientId)
                .getResultStream().map(VitalsEntity::toVitals).toList());
    }

    @Override
    public boolean existsSince(UUID patientId, Instant since) {
        return tx.withSession(session -> !session.createSelectionQuery(
                        "select 1 from VitalsEntity where patientId = :patient and takenAt >= :since and deleted = false",
                        Integer.class)
                .setParameter("patient", patientId)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultList().isEmpty());
    }

    @Override
    public Set<UUID> withVitalsSince(Collection<UUID> patientIds, Instant since) {
        if (patientIds.isEmpty()) {
            return Set.of();
        }
        return tx.withSession(session -> new HashSet<>(session.createSelectionQuery(
                        "select distinct patientId from VitalsEntity where patientId in (:patients) and takenAt >= :since "
                                + "and deleted = false", UUID.class)
                .setParameterList("patients", patientIds)
                .setParameter("since", since)
                .getResultList()));
    }
}
