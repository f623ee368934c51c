package org.clinicdesk.storage.sync;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fingerprint an audit event carries of the record it changed: per column, the first 64 bits of SHA-256 over the
 * table, the row id, the column and its value in the canonical form sync uses, written {@code col=hex;col=hex}
 * (columns in name order). Per column, not per row, because a field-merged patient can end up with its name from one
 * desk's change and its phone from another's: each column's value must then match some event's digest for that
 * column. Instants count to the microsecond, the precision both the desk's H2 and the central PostgreSQL keep.
 */
public final class RowDigest {
    /** An audited kind of record: its table and the column that audit events name it by. */
    public record Audited(String entityType, String table, String keyColumn) {
    }

    private static final List<Audited> AUDITED = List.of(
            new Audited("user", "app_user", "id"),
            new Audited("patient", "patient", "id"),
            new Audited("queue_entry", "queue_entry", "id"),
            new Audited("vitals", "vitals", "id"),
            new Audited("soap_note", "soap_note", "id"),
            new Audited("history_entry", "history_entry", "id"),
            new Audited("document", "document", "id"),
            new Audited("clinic_setting", "clinic_setting", "setting_name"));
    /** Columns that vouch for themselves (a desk's signature) or are not the record's content. */
    private static final List<String> NOT_DIGESTED = List.of("signature");
    private static final Map<String, List<String>> COLUMNS = new ConcurrentHashMap<>();

    private RowDigest() {
    }

    /** The audited kinds of record, in a fixed order. */
    public static List<Audited> audited() {
        return AUDITED;
    }

    public static Optional<Audited> ofEntityType(String entityType) {
        return AUDITED.stream().filter(a -> a.entityType().equals(entityType)).findFirst();
    }

    /** The digest of the record an event names, as it stands in this connection's transaction; empty if none. */
    public static String of(Connection local, String entityType, String entityKey) throws SQLException {
        Optional<Audited> audited = ofEntityType(entityType);
        if (audited.isEmpty() || entityKey == null || entityKey.isEmpty()) {
            return "";
        }
        Audited a = audited.get();
        Object key = a.keyColumn().equals("id") ? parseUuid(entityKey) : entityKey;
        if (key == null) {
            return "";
        }
        List<String> columns = columns(local, a.table());
        try (PreparedStatement ps = local.prepareStatement("SELECT id, deleted, " + String.join(", ", columns)
                + " FROM " + a.table() + " WHERE " + a.keyColumn() + " = ?")) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? format(digests(a.table(), rs, columns)) : "";
            }
        }
    }

    /** Per column, the digest of the current row {@code rs} (selected as id, deleted, then {@code columns}). */
    static Map<String, String> digests(String table, ResultSet rs, List<String> columns) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        Map<String, String> digests = new TreeMap<>();
        digests.put("deleted", columnDigest(table, id, "deleted", rs.getBoolean(2)));
        for (int i = 0; i < columns.size(); i++) {
            digests.put(columns.get(i), columnDigest(table, id, columns.get(i), RowCodec.canonical(rs.getObject(i + 3))));
        }
        return digests;
    }

    /** The data columns of an audited table that digests cover (the desk's own columns, cached per table). */
    static List<String> columns(Connection local, String table) throws SQLException {
        List<String> cached = COLUMNS.get(table);
        if (cached != null) {
            return cached;
        }
        List<String> columns = new ArrayList<>(RowCodec.dataColumns(local, table));
        columns.removeAll(NOT_DIGESTED);
        List<String> fixed = List.copyOf(columns);
        COLUMNS.put(table, fixed);
        return fixed;
    }

    static String columnDigest(String table, UUID id, String column, Object canonicalValue) {
        String value = canonicalValue == null ? "\u0000null" : text(canonicalValue);
        String message = table + '\n' + id + '\n' + column + '\n' + value;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(message.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String text(Object value) {
        if (value instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.MICROS).toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number && !(value instanceof Double)) {
            return Long.toString(number.longValue());
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value.toString();
    }

    static String format(Map<String, String> digests) {
        StringBuilder out = new StringBuilder();
        digests.forEach((column, digest) -> out.append(out.length() == 0 ? "" : ";").append(column).append('=')
                .append(digest));
        return out.toString();
    }

    /** The column digests of an event's {@code row_digest}; empty for events that vouch for nothing. */
    static Map<String, String> parse(String rowDigest) {
        Map<String, String> digests = new LinkedHashMap<>();
        if (rowDigest == null || rowDigest.isEmpty()) {
            return digests;
        }
        for (String part : rowDigest.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                digests.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return digests;
    }

    private static UUID parseUuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
