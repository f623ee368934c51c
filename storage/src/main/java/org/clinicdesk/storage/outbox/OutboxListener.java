package org.clinicdesk.storage.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clinicdesk.core.common.HybridClock;
import org.clinicdesk.storage.db.StoreClock;
import org.clinicdesk.storage.db.SignedEntity;
import org.clinicdesk.storage.db.SyncedEntity;
import org.clinicdesk.storage.keys.SignedRows;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The one place where synced changes are captured: before a synced row is written it gets the site and a fresh
 * hybrid clock version; after it is written, an outbox row goes into the same transaction on the same connection.
 * Physical deletes of synced rows are refused: deletes are tombstones ({@code deleted = true}), recorded in the
 * outbox as DELETE.
 */
final class OutboxListener implements PreInsertEventListener, PreUpdateEventListener, PostInsertEventListener,
        PostUpdateEventListener, PreDeleteEventListener {
    private final StoreClock clock;
    private final DeskSigner signer;

    OutboxListener(StoreClock clock, DeskSigner signer) {
        this.clock = clock;
        this.signer = signer;
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        if (event.getEntity() instanceof SyncedEntity synced) {
            HybridClock hlc = clock.require();
            EntityPersister persister = event.getPersister();
            if (synced.getSite() == null) {
                set(persister, event.getEntity(), event.getState(), SyncedEntity.SITE, hlc.site());
            }
            set(persister, event.getEntity(), event.getState(), SyncedEntity.VERSION, hlc.now().encode());
            sign(persister, event.getEntity(), event.getState());
        }
        return false;
    }

    /** After the version is stamped: what only this desk may vouch for carries its signature. */
    private void sign(EntityPersister persister, Object entity, Object[] state) {
        if (entity instanceof SignedEntity signed) {
            String table = tableOf(persister);
            String message = SignedRows.message(table, signed.signedColumns()).orElseThrow(() ->
                    new IllegalStateException(table + " is not a signed table"));
            set(persister, entity, state, SignedRows.COLUMN, signer.require().sign(message));
        }
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        if (event.getEntity() instanceof SyncedEntity) {
            set(event.getPersister(), event.getEntity(), event.getState(), SyncedEntity.VERSION,
                    clock.require().now().encode());
            sign(event.getPersister(), event.getEntity(), event.getState());
        }
        return false;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof SyncedEntity synced) {
            write(event.getSession(), event.getPersister(), synced, Operation.INSERT, "");
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!(event.getEntity() instanceof SyncedEntity synced)) {
            return;
        }
        EntityPersister persister = event.getPersister();
        int deletedIndex = persister.getPropertyIndex(SyncedEntity.DELETED);
        boolean wasDeleted = event.getOldState() != null && Boolean.TRUE.equals(event.getOldState()[deletedIndex]);
        Operation operation = synced.isDeleted() && !wasDeleted ? Operation.DELETE : Operation.UPDATE;
        write(event.getSession(), persister, synced, operation, changedColumns(event));
    }

    @Override
    public boolean onPreDelete(PreDeleteEvent event) {
        if (event.getEntity() instanceof SyncedEntity) {
            throw new IllegalStateException("Synced rows are never physically deleted (" + tableOf(event.getPersister())
                    + " " + event.getId() + "); mark them deleted instead.");
        }
        return false;
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** Column names of the properties that changed: sync merges patients field by field. */
    private static String changedColumns(PostUpdateEvent event) {
        int[] dirty = event.getDirtyProperties();
        if (dirty == null) {
            return "";
        }
        AbstractEntityPersister persister = (AbstractEntityPersister) event.getPersister();
        List<String> columns = new ArrayList<>();
        for (int index : dirty) {
            String name = persister.getPropertyNames()[index];
            if (!SyncedEntity.VERSION.equals(name)) {
                columns.addAll(List.of(persister.getPropertyColumnNames(index)));
            }
        }
        return String.join(",", columns);
    }

    private void write(SharedSessionContractImplementor session, EntityPersister persister, SyncedEntity row,
                       Operation operation, String changed) {
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try (PreparedStatement insert = connection.prepareStatement(SyncedInserts.OUTBOX_SQL)) {
            SyncedInserts.bindOutbox(insert, tableOf(persister), Objects.requireNonNull(row.getId(), "id"), operation,
                    row.getVersion(), changed, clock.wall().instant());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new HibernateException("Could not record the change of " + tableOf(persister) + " " + row.getId()
                    + " in the outbox", e);
        }
    }

    private static void set(EntityPersister persister, Object entity, Object[] state, String property, Object value) {
        int index = persister.getPropertyIndex(property);
        state[index] = value;
        persister.setValue(entity, index, value);
    }

    static String tableOf(EntityPersister persister) {
        return ((AbstractEntityPersister) persister).getTableName();
    }

    enum Operation {
        INSERT, UPDATE, DELETE
    }
}
