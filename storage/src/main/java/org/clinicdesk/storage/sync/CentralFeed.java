package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The central change feed and why it never loses a change.
 *
 * <p>The classic bug: rows carry a position from a plain sequence and desktops pull "position &gt; my cursor".
 * Transaction T1 takes position 7, T2 takes 8 and commits; a desktop pulls, sees 8 and moves its cursor to 8;
 * then T1 commits at 7, below the cursor, and no desktop ever pulls it. Sequence order is not commit order.
 *
 * <p>Here positions come from the clinic's single {@code feed_clock} row. A pushing transaction does all its merging
 * first and, as its last step before commit, updates that row: the row lock it takes is held until commit or
 * rollback. A second transaction that wants positions blocks on the lock until the first one has finished, so a
 * transaction can only receive positions after every transaction holding lower positions has committed (or rolled
 * back, in which case its positions were never visible and the counter update is undone with it). Hence position
 * order equals commit order, and once a reader sees position P, nothing at or below P can still appear. Taking the
 * lock last keeps the serialised part short: a few milliseconds per batch, not the whole merge.
 */
public final class CentralFeed implements FeedPositions {

    @Override
    public long reserve(Connection central, UUID clinicId, int count) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement(
                "UPDATE feed_clock SET last_position = last_position + ? WHERE clinic_id = ? RETURNING last_position")) {
            ps.setInt(1, count);
            ps.setObject(2, clinicId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("clinic " + clinicId + " is not registered on the central server "
                            + "(run 'clinicdesk central add-site')");
                }
                return rs.getLong(1) - count + 1;
            }
        }
    }

    /** Records that the given rows changed, at positions reserved from {@code positions}. */
    public static void publish(Connection central, FeedPositions positions, UUID clinicId, List<RowKey> changed)
            throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        long next = positions.reserve(central, clinicId, changed.size());
        try (PreparedStatement ps = central.prepareStatement("INSERT INTO change_feed (clinic_id, entity_table, row_id, "
                + "position) VALUES (?, ?, ?, ?) ON CONFLICT (clinic_id, entity_table, row_id) "
                + "DO UPDATE SET position = EXCLUDED.position")) {
            for (RowKey key : changed) {
                ps.setObject(1, clinicId);
                ps.setString(2, key.table());
                ps.setObject(3, key.id());
                ps.setLong(4, next++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // delivered at commit, and only if the transaction commits
        try (PreparedStatement ps = central.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, channel(clinicId));
            ps.setString(2, Long.toString(next - 1));
            ps.executeQuery().close();
        }
    }

    /** The LISTEN/NOTIFY channel on which a clinic's desktops hear that its feed moved. */
    public static String channel(UUID clinicId) {
        return "cd_feed_" + clinicId.toString().replace("-", "").substring(0, 12);
    }

    /** Feed entries after {@code cursor}, oldest first. */
    public static List<FeedEntry> after(Connection central, UUID clinicId, long cursor, int limit) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement("SELECT position, entity_table, row_id FROM change_feed "
                + "WHERE clinic_id = ? AND position > ? ORDER BY position LIMIT ?")) {
            ps.setObject(1, clinicId);
            ps.setLong(2, cursor);
            ps.setInt(3, limit);
            List<FeedEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new FeedEntry(rs.getLong(1), new RowKey(rs.getString(2), rs.getObject(3, UUID.class))));
                }
            }
            return entries;
        }
    }

    /** One row of the feed: the row changed at that position. */
    public record FeedEntry(long position, RowKey key) {
    }
}
