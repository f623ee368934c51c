package org.clinicdesk.storage.db;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/** Rows of a patient's record counted for many patients in one query (the import's chart check). */
public final class PatientCounts {
    private static final int CHUNK = 500;

    private PatientCounts() {
    }

    /** Rows of {@code entity} (which has {@code patientId} and {@code deleted}) not deleted, by patient; absent: none. */
    public static Map<UUID, Integer> of(Session session, String entity, Collection<UUID> patientIds) {
        List<UUID> all = List.copyOf(new java.util.LinkedHashSet<>(patientIds));
        Map<UUID, Integer> counts = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            session.createSelectionQuery("select patientId, count(*) from " + entity
                            + " where patientId in :patients and deleted = false group by patientId", Object[].class)
                    .setParameter("patients", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultList()
                    .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
        }
        return counts;
    }
}
