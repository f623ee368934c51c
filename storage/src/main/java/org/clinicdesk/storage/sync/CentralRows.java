package org.clinicdesk.storage.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.clinicdesk.core.common.HlcTimestamp;
import org.clinicdesk.core.sync.SyncRow;

/** Reads and writes synced rows in the central database with plain JDBC (under the caller's transaction). */
final class CentralRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NANOS = 1_000_000_000L;
    /** Per table, the columns of domain cd_instant; the same for every central database of this schema version. */
    private static final Map<String, Set<String>> INSTANT_COLUMNS = new ConcurrentHashMap<>();

    private CentralRows() {
    }

    /** The data columns of a synced table on the central server (without envelope and bookkeeping). */
    static List<String> dataColumns(Connection central, String table) throws SQLException {
        return dataColumns(central, List.of(table)).get(table);
    }

    /**
     * The data columns of each table, in one query on the catalogue: the same columns, in the same order, that
     * information_schema.columns lists for this login, which costs a query of about 10 ms a table (at each sync's
     * handshake, for every synced table).
     */
    static Map<String, List<String>> dataColumns(Connection central, Collection<String> tables) throws SQLException {
        Map<String, List<String>> columns = new java.util.LinkedHashMap<>();
        tables.forEach(t -> columns.put(t, new ArrayList<>()));
        try (PreparedStatement ps = central.prepareStatement("SELECT c.relname, a.attname FROM pg_catalog.pg_attribute a "
                + "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
                + "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = current_schema() AND c.relname = ANY (?) AND c.relkind IN ('r', 'p') "
                + "AND a.attnum > 0 AND NOT a.attisdropped AND (pg_has_role(c.relowner, 'USAGE') "
                + "OR has_column_privilege(c.oid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES')) "
                + "ORDER BY c.relname, a.attnum")) {
            ps.setArray(1, central.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(2);
                    if (!RowCodec.ENVELOPE.contains(column) && !column.equals("clinic_id")
                            && !column.equals("field_versions")) {
                        columns.get(rs.getString(1)).add(column);
                    }
                }
            }
        }
        return columns;
    }

    /** Columns holding instants as nanoseconds (see the central migration: timestamptz stops at microseconds). */
    static Set<String> instantColumns(Connection central, String table) throws SQLException {
        Set<String> cached = INSTANT_COLUMNS.get(table);
        if (cached != null) {
            return cached;
        }
        Set<String> columns = new HashSet<>();
        try (PreparedStatement ps = central.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = ? AND domain_name = 'cd_instant'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        INSTANT_COLUMNS.put(table, Set.copyOf(columns));
        return columns;
    }

    static Object toCentral(Object value) {
        if (value instanceof Instant instant) {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS), instant.getNano());
        }
        return value;
    }

    static Object fromCentral(Object value) {
        if (value instanceof Number nanos) {
            long n = nanos.longValue();
            return Instant.ofEpochSecond(Math.floorDiv(n, NANOS), Math.floorMod(n, NANOS));
        }
        return value;
    }

    /** Replaces nanosecond numbers by instants in the columns that hold instants. */
    static SyncRow decodeInstants(SyncRow row, Set<String> instantColumns) {
        if (instantColumns.isEmpty()) {
            return row;
        }
        Map<String, Object> values = new HashMap<>(row.values());
        for (String column : instantColumns) {
            if (values.containsKey(column)) {
                values.put(column, fromCentral(values.get(column)));
            }
        }
        return row.withState(row.version(), row.deleted(), values, row.fieldVersions());
    }

    /** The rows with the given ids, locked for update when {@code lock} is {@link Lock#FOR_UPDATE}. */
    static Map<UUID, SyncRow> byIds(Connection central, String table, List<String> columns, Collection<UUID> ids,
                                    Lock lock) throws SQLException {
        Map<UUID, SyncRow> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        String sql = "SELECT " + RowCodec.selectList(columns) + ", field_versions::text FROM " + table
                + " WHERE id = ANY(?)" + (lock == Lock.FOR_UPDATE ? " ORDER BY id FOR UPDATE" : "");
        Set<String> instants = instantColumns(central, table);
        try (PreparedStatement ps = central.prepareStatement(sql)) {
            Array array = central.createArrayOf("uuid", ids.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SyncRow row = decodeInstants(RowCodec.read(rs, table, columns, decode(rs.getString(
                            RowCodec.ENVELOPE.size() + columns.size() + 1))), instants);
                    rows.put(row.id(), row);
                }
            }
        }
        return rows;
    }

    /** Inserts or replaces rows (never the clinic a row belongs to). */
    static void upsert(Connection central, UUID clinicId, String table, List<String> columns, List<SyncRow> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> all = new ArrayList<>(List.of("id", "clinic_id", "site", "version", "deleted", "field_versions"));
        all.addAll(columns);
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(String.join(", ", all))
                .append(") VALUES (?, ?, ?, ?, ?, ?::jsonb");
        sql.append(columns.isEmpty() ? "" : ", " + RowCodec.placeholders(columns.size())).append(") ON CONFLICT (id) DO UPDATE SET ");
        List<String> sets = new ArrayList<>();
        for (String column : all.subList(2, all.size())) {
            sets.add(column + " = EXCLUDED." + column);
        }
        sql.append(String.join(", ", sets));
        try (PreparedStatement ps = central.prepareStatement(sql.toString())) {
            for (SyncRow row : rows) {
                ps.setObject(1, row.id());
                ps.setObject(2, clinicId);
                ps.setString(3, row.site());
                ps.setString(4, row.version().encode());
                ps.setBoolean(5, row.deleted());
                ps.setString(6, encode(row.fieldVersions()));
                for (int i = 0; i < columns.size(); i++) {
                    RowCodec.bind(ps, 7 + i, toCentral(row.values().get(columns.get(i))));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static String encode(Map<String, HlcTimestamp> versions) {
        Map<String, String> text = new TreeMap<>();
        versions.forEach((column, version) -> text.put(column, version.encode()));
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, HlcTimestamp> decode(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, String> text = JSON.readValue(json, new TypeReference<Map<String, String>>() { });
            Map<String, HlcTimestamp> versions = new HashMap<>();
            text.forEach((column, version) -> versions.put(column, HlcTimestamp.decode(version)));
            return versions;
        } catch (JsonProcessingException e) {
            throw new org.clinicdesk.core.common.ValidationException("field_versions", "is not valid JSON: " + json);
        }
    }

    /** Whether to lock the rows read. */
    enum Lock { NONE, FOR_UPDATE }
}
