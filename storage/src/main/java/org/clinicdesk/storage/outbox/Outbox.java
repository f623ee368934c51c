package org.clinicdesk.storage.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads and trims the outbox with plain JDBC; only the outbox listener writes to it. */
public final class Outbox {
    private final DataSource dataSource;

    public Outbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Changes captured after {@code afterSequence}, oldest first. */
    public List<OutboxRow> after(long afterSequence, int limit) {
        String sql = "SELECT seq, entity_table, row_id, operation, version, changed_fields, created_at FROM outbox "
                + "WHERE seq > ? ORDER BY seq LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, afterSequence);
            ps.setInt(2, limit);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String changed = rs.getString(6);
                    rows.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                            rs.getString(5), changed.isEmpty() ? List.of() : Arrays.asList(changed.split(",")),
                            rs.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the outbox", e);
        }
    }

    public long size() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM outbox");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the outbox", e);
        }
    }

    /** Removes changes up to and including {@code sequence}, once the central server has them. */
    public int acknowledge(long sequence) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE seq <= ?")) {
            ps.setLong(1, sequence);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not trim the outbox", e);
        }
    }
}
