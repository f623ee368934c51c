package org.clinicdesk.storage.db;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;

/** The save of a synced row: update the stored entity in place, or create and persist it when it is new. */
public final class SavedRows {
    private SavedRows() {
    }

    public static <E extends SyncedEntity> void save(Session session, Class<E> type, UUID id,
                                                     Function<UUID, E> create, Consumer<E> copy) {
        E entity = session.get(type, id);
        if (entity == null) {
            entity = create.apply(id);
            copy.accept(entity);
            session.persist(entity);
        } else {
            copy.accept(entity);
        }
    }
}
