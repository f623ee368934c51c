package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.clinicdesk.core.users.RestoreCatchUp;
import org.clinicdesk.storage.LocalStore;

/**
 * The "restored, not caught up" mark of a store ({@code sync_state.restored_at}, migration V48): set by every restore
 * before the restored store is used, cleared by the next successful sync ({@link LocalSyncState#markSuccess}). It
 * holds sign-in back only on a desk that has synced with a central server before (a standalone desk has no newer
 * users anywhere to catch up with).
 */
public final class RestoredStore {
    private RestoredStore() {
    }

    /** Marks {@code store} as restored at {@code at}. */
    public static void mark(LocalStore store, Instant at) {
        try (Connection c = store.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE sync_state SET restored_at = ? WHERE id = 1")) {
            ps.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            if (ps.executeUpdate() != 1) {
                throw new SQLException("sync_state row is missing (migration V30)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark the restored store in " + store.dataDir() + ": "
                    + e.getMessage(), e);
        }
    }

    /** What sign-in asks: restored, belongs to a clinic with a central server, and not synced since. */
    public static RestoreCatchUp catchUpOf(LocalStore store) {
        return () -> pending(store);
    }

    private static boolean pending(LocalStore store) {
        try (Connection c = store.dataSource().getConnection()) {
            return pending(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read whether this store caught up after its restore: "
                    + e.getMessage(), e);
        }
    }

    /** The same question on a connection of the store (inside the caller's transaction). */
    public static boolean pending(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sync_state WHERE id = 1 "
                + "AND restored_at IS NOT NULL AND central_id IS NOT NULL"); ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }
}
