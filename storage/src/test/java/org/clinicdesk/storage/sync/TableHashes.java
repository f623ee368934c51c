package org.clinicdesk.storage.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A SHA-256 per synced table over canonical values, comparable between H2 desktops and the central PostgreSQL. */
final class TableHashes {
    private TableHashes() {
    }

    static Map<String, String> of(Connection c, Map<String, List<String>> columnsByTable) throws SQLException {
        return of(c, columnsByTable, Map.of());
    }

    /** As {@link #of(Connection, Map)}, leaving out the rows of a table that {@code except} gives a condition for. */
    static Map<String, String> of(Connection c, Map<String, List<String>> columnsByTable, Map<String, String> except)
            throws SQLException {
        Map<String, String> hashes = new LinkedHashMap<>();
        boolean central = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        for (SyncedTable table : SyncedTable.values()) {
            List<String> columns = columnsByTable.get(table.tableName());
            java.util.Set<String> instants = central ? CentralRows.instantColumns(c, table.tableName()) : java.util.Set.of();
            MessageDigest digest = sha256();
            int rows = 0;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT "
                    + RowCodec.selectList(columns) + " FROM " + table.tableName()
                    + (except.containsKey(table.tableName()) ? " WHERE NOT (" + except.get(table.tableName()) + ")" : "")
                    + " ORDER BY id")) {
                while (rs.next()) {
                    rows++;
                    for (int i = 1; i <= RowCodec.ENVELOPE.size() + columns.size(); i++) {
                        Object value = RowCodec.canonical(rs.getObject(i));
                        int dataIndex = i - RowCodec.ENVELOPE.size() - 1;
                        if (dataIndex >= 0 && instants.contains(columns.get(dataIndex))) {
                            value = CentralRows.fromCentral(value);
                        }
                        digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0);
                    }
                }
            }
            hashes.put(table.tableName(), rows + ":" + HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        }
        return hashes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
