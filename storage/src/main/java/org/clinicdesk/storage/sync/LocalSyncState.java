package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.sync.SyncCursor;

/** The desktop's sync bookkeeping row ({@code sync_state}, migration V30), read and written with plain JDBC. */
final class LocalSyncState {

    /** The state as stored. */
    record State(Optional<UUID> centralId, SyncCursor cursor, int schemaVersion, Optional<Instant> lastSuccess) {
    }

    private LocalSyncState() {
    }

    static State read(Connection local) throws SQLException {
        try (PreparedStatement ps = local.prepareStatement(
                "SELECT central_id, feed_position, schema_version, last_success FROM sync_state WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("sync_state row is missing (migration V30)");
            }
            OffsetDateTime last = rs.getObject(4, OffsetDateTime.class);
            return new State(Optional.ofNullable(rs.getObject(1, UUID.class)), new SyncCursor(rs.getLong(2)), rs.getInt(3),
                    Optional.ofNullable(last).map(OffsetDateTime::toInstant));
        }
    }

    static void saveCursor(Connection local, UUID centralId, SyncCursor cursor) throws SQLException {
        try (PreparedStatement ps = local.prepareStatement(
                "UPDATE sync_state SET central_id = ?, feed_position = ? WHERE id = 1")) {
            ps.setObject(1, centralId);
            ps.setLong(2, cursor.position());
            ps.executeUpdate();
        }
    }

    /** A whole sync went through: a restored store has now caught up ({@link RestoredStore}). */
    static void markSuccess(Connection local, Instant at) throws SQLException {
        try (PreparedStatement ps = local.prepareStatement(
                "UPDATE sync_state SET last_success = ?, restored_at = NULL WHERE id = 1")) {
            ps.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }
}
