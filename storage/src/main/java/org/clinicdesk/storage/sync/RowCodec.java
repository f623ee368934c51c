package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clinicdesk.core.common.HlcTimestamp;
import org.clinicdesk.core.sync.SyncRow;

/**
 * Converts rows between JDBC (H2 on the desktop, PostgreSQL centrally) and {@link SyncRow}s with canonical values,
 * so that the same record compares equal on both sides whatever types each driver hands back.
 */
final class RowCodec {
    /** Columns every synced row carries besides its data. */
    static final List<String> ENVELOPE = List.of("id", "site", "version", "deleted");

    private RowCodec() {
    }

    /** The data columns of a synced table on the desktop, in table order (without the envelope). */
    static List<String> dataColumns(Connection local, String table) throws SQLException {
        DatabaseMetaData meta = local.getMetaData();
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, null, table.toUpperCase(Locale.ROOT), null)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (!ENVELOPE.contains(column)) {
                    columns.add(column);
                }
            }
        }
        if (columns.isEmpty()) {
            throw new SQLException("table " + table + " is missing on this desktop");
        }
        return columns;
    }

    static Object canonical(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Clob clob) {
            // H2 hands long text (OCR pages) back as a Clob; PostgreSQL as a String
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException("could not read a text column: " + e.getMessage(), e);
            }
        }
        if (value instanceof Short s) {
            return s.intValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return value;
    }

    static Object jdbcValue(Object value) {
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        return value;
    }

    static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        Object jdbc = jdbcValue(value);
        if (jdbc == null) {
            ps.setNull(index, java.sql.Types.NULL);
        } else {
            ps.setObject(index, jdbc);
        }
    }

    /** Reads a row selected as envelope columns followed by {@code columns}. */
    static SyncRow read(ResultSet rs, String table, List<String> columns, Map<String, HlcTimestamp> fieldVersions)
            throws SQLException {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            values.put(columns.get(i), canonical(rs.getObject(ENVELOPE.size() + 1 + i)));
        }
        return new SyncRow(table, rs.getObject(1, UUID.class), rs.getString(2), HlcTimestamp.decode(rs.getString(3)),
                rs.getBoolean(4), values, fieldVersions);
    }

    static String selectList(List<String> columns) {
        return String.join(", ", ENVELOPE) + (columns.isEmpty() ? "" : ", " + String.join(", ", columns));
    }

    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /**
     * Keys (row ids or outbox sequences) written out as H2 literals for {@code IN (...)}. H2 looks a row up in a list of
     * literals through a hash set, but compares it with each of a list of parameters in turn: with a batch of 2,000
     * keys the parameter list cost about five times as much per statement. Only UUIDs and longs are accepted, so no
     * text from anywhere reaches the SQL.
     */
    static String keyLiterals(java.util.Collection<?> keys) {
        StringBuilder sql = new StringBuilder();
        for (Object key : keys) {
            if (!sql.isEmpty()) {
                sql.append(", ");
            }
            if (key instanceof UUID id) {
                sql.append("UUID '").append(id).append('\'');
            } else if (key instanceof Long number) {
                sql.append(number.longValue());
            } else {
                throw new IllegalArgumentException("not a key: " + (key == null ? null : key.getClass()));
            }
        }
        return sql.toString();
    }
}
