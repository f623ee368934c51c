package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Keeps a pushed change until the central server's standby has it too. With asynchronous streaming replication the
 * primary acknowledges a commit its standby may never receive; if the standby is then promoted, the change exists
 * only on the desk. So a push moves its outbox rows to {@code sent_change} with the server's WAL position, a later
 * sync drops them once the server's safe position (every standby flushed) has passed it, and a desk that finds
 * itself on another incarnation of the server (another central id or WAL timeline, i.e. a promoted standby) puts
 * them back into the outbox under their old sequences, so they are pushed again in their original order; the merge
 * makes that a no-op for what the new server already has. A server without central V18 gives no position: then a
 * push is final as before.
 */
final class ServerDurability {
    private static final String UNDEFINED_FUNCTION = "42883";
    private static final String COLUMNS = "seq, entity_table, row_id, operation, version, changed_fields, created_at";

    /** Where the server stands: its incarnation, the WAL position now, and what every standby has (empty: unknown). */
    record Position(UUID centralId, int timeline, long insertLsn, OptionalLong safeLsn) {
    }

    private ServerDurability() {
    }

    /** The server's position, or empty when it predates central V18. Runs in autocommit. */
    static Optional<Position> read(Connection central, UUID centralId) throws SQLException {
        central.setAutoCommit(true);
        try (PreparedStatement ps = central.prepareStatement("SELECT timeline, insert_lsn, safe_lsn FROM cd_durability()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long safe = rs.getLong(3);
            return Optional.of(new Position(centralId, rs.getInt(1), rs.getLong(2),
                    rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(safe)));
        } catch (SQLException e) {
            if (UNDEFINED_FUNCTION.equals(e.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Before a push: drops what the server confirms, and returns to the outbox what was sent to another incarnation.
     * When the timeline changed, the feed cursor goes back to the start: the promoted server issues the lost tail's
     * positions again, to other changes. Returns the number of changes put back.
     */
    static int reconcile(Connection local, Position now) throws SQLException {
        local.setAutoCommit(false);
        try {
            if (now.safeLsn().isPresent()) {
                try (PreparedStatement ps = local.prepareStatement("DELETE FROM sent_change WHERE central_id = ? "
                        + "AND central_timeline = ? AND central_lsn <= ?")) {
                    ps.setObject(1, now.centralId());
                    ps.setInt(2, now.timeline());
                    ps.setLong(3, now.safeLsn().getAsLong());
                    ps.executeUpdate();
                }
            }
            String elsewhere = " FROM sent_change WHERE central_id <> ? OR central_timeline <> ?";
            int back;
            try (PreparedStatement ps = local.prepareStatement("INSERT INTO outbox (" + COLUMNS + ") SELECT " + COLUMNS
                    + elsewhere)) {
                ps.setObject(1, now.centralId());
                ps.setInt(2, now.timeline());
                back = ps.executeUpdate();
            }
            try (PreparedStatement ps = local.prepareStatement("DELETE" + elsewhere)) {
                ps.setObject(1, now.centralId());
                ps.setInt(2, now.timeline());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = local.prepareStatement("UPDATE sync_state SET feed_position = 0 WHERE id = 1 "
                    + "AND central_timeline IS NOT NULL AND central_timeline <> ?")) {
                ps.setInt(1, now.timeline());
                ps.executeUpdate();
            }
            local.commit();
            return back;
        } catch (SQLException e) {
            local.rollback();
            throw e;
        }
    }

    /**
     * After a whole sync: the server incarnation (timeline) this desk is now in step with. Written only then, so that a
     * refused or cut-off sync leaves sync_state as it was; until it is written, the next sync reads the feed again from
     * the start after a failover (idempotent).
     */
    static void rememberTimeline(Connection local, Position now) throws SQLException {
        try (PreparedStatement ps = local.prepareStatement("UPDATE sync_state SET central_timeline = ? WHERE id = 1")) {
            ps.setInt(1, now.timeline());
            ps.executeUpdate();
        }
    }

    /** Inside the acknowledging transaction: keeps the pushed outbox rows as sent, at the position after the push. */
    static void keepSent(Connection local, List<Long> sequences, Position after) throws SQLException {
        try (PreparedStatement ps = local.prepareStatement("INSERT INTO sent_change (" + COLUMNS
                + ", central_id, central_timeline, central_lsn) SELECT " + COLUMNS + ", ?, ?, ? FROM outbox WHERE seq IN ("
                + RowCodec.keyLiterals(sequences) + ")")) {
            ps.setObject(1, after.centralId());
            ps.setInt(2, after.timeline());
            ps.setLong(3, after.insertLsn());
            ps.executeUpdate();
        }
    }

    /** Changes pushed but not yet confirmed on a standby (for reports and tests). */
    static long unconfirmed(Connection local) throws SQLException {
        try (PreparedStatement ps = local.prepareStatement("SELECT COUNT(*) FROM sent_change"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
