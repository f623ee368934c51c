package org.clinicdesk.storage.flags;

import java.util.List;
import java.util.UUID;
import org.clinicdesk.core.flags.FlagRecord;
import org.clinicdesk.core.flags.FlagRepository;
import org.clinicdesk.storage.db.HibernateUnitOfWork;

/** Flags and their states in {@code clinical_flag}. */
public final class HibernateFlagRepository implements FlagRepository {
    public static final List<Class<?>> ENTITIES = List.of(ClinicalFlagEntity.class);
    private final HibernateUnitOfWork tx;

    public HibernateFlagRepository(HibernateUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public void save(FlagRecord flag) {
        tx.withSession(session -> {
            ClinicalFlagEntity entity = session.get(ClinicalFlagEntity.class, flag.id());
            if (entity == null) {
                entity = new ClinicalFlagEntity(flag.id(), flag.patientId());
                entity.copyFrom(flag);
                session.persist(entity);
            } else {
                entity.copyFrom(flag);
            }
            return null;
        });
    }

    @Override
    public List<FlagRecord> forPatient(UUID patientId) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from ClinicalFlagEntity where patientId = :patient and deleted = false order by changedAt",
                        ClinicalFlagEntity.class)
                .setParameter("patient", patientId)
                .getResultStream().map(ClinicalFlagEntity::toRecord).toList());
    }
}
