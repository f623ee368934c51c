package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The central change feed, as desks read it. The server's {@code cd_push} writes it: positions for exactly the rows a
 * push changed, taken from the clinic's {@code feed_clock} as the last step of the push while the clinic's pushes run
 * one at a time, so position order is commit order and a reader that has seen position P will never later find a
 * change at or below P (the watermark hole of a plain sequence; see WatermarkHoleTest).
 */
public final class CentralFeed {
    private CentralFeed() {
    }

    /** The LISTEN/NOTIFY channel on which this login's clinic hears that its feed moved (a name only it can read). */
    public static String channel(Connection central) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement("SELECT cd_feed_channel()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
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
