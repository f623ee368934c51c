package org.clinicdesk.storage.flags;

import java.util.List;
import java.util.UUID;
import org.clinicdesk.core.flags.FlagRecord;
import org.clinicdesk.core.flags.FlagRepository;
import org.clinicdesk.storage.db.HibernateUnitOfWork;
import org.clinicdesk.storage.db.SavedRows;

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
            SavedRows.save(session, ClinicalFlagEntity.class, flag.id(),
                    id -> new ClinicalFlagEntity(id, flag.patientId()), e -> e.copyFrom(flag));
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
