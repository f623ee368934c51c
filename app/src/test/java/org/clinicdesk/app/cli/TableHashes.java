package org.clinicdesk.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.keys.KeyFolder;
import org.clinicdesk.storage.keys.StoreAccess;

/** A SHA-256 of every table's rows, read in primary-key order (id for most), to compare two stores exactly. */
final class TableHashes {
    private TableHashes() {
    }

    static Map<String, String> of(Path dataDir, Path keyDir) {
        try (LocalStore store = LocalStore.open(dataDir, Clock.systemDefaultZone(), StoreAccess.with(new KeyFolder(keyDir)));
             Connection c = store.dataSource().getConnection()) {
            Map<String, String> hashes = new TreeMap<>();
            for (String table : StoreDump.tableNames(c)) {
                hashes.put(table, hash(c, table));
            }
            return hashes;
        } catch (Exception e) {
            throw new IllegalStateException("Could not hash the tables of the store in " + dataDir, e);
        }
    }

    private static String hash(Connection c, String table) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY " + order(c, table))) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    digest.update((meta.getColumnLabel(i) + "=" + rs.getString(i) + "\u0000").getBytes(StandardCharsets.UTF_8));
                }
                digest.update((byte) '\n');
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The primary key's columns, else every column. */
    private static String order(Connection c, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT k.column_name FROM information_schema.table_constraints t JOIN "
                + "information_schema.key_column_usage k ON k.constraint_name = t.constraint_name AND "
                + "k.table_name = t.table_name WHERE t.table_schema = 'PUBLIC' AND t.table_name = ? AND "
                + "t.constraint_type = 'PRIMARY KEY' ORDER BY k.ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    key.add("\"" + rs.getString(1) + "\"");
                }
            }
        }
        if (!key.isEmpty()) {
            return String.join(", ", key);
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" WHERE 1=0")) {
            List<String> all = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                all.add(String.valueOf(i));
            }
            return String.join(", ", all);
        }
    }
}
