package org.clinicdesk.app.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.clinicdesk.storage.LocalStore;

/** Every row of every table of a store, read with plain JDBC, to show that a refused command changed nothing. */
record StoreDump(Map<String, List<Map<String, String>>> tables) {

    static StoreDump of(Path dataDir) {
        try (LocalStore store = LocalStore.open(dataDir, Clock.systemDefaultZone());
             Connection c = store.dataSource().getConnection()) {
            Map<String, List<Map<String, String>>> tables = new TreeMap<>();
            for (String table : tableNames(c)) {
                tables.put(table.toLowerCase(Locale.ROOT), rows(c, table));
            }
            return new StoreDump(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not dump the store in " + dataDir, e);
        }
    }

    /** The store's own tables (schema PUBLIC). */
    static List<String> tableNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM "
                + "information_schema.tables WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static List<Map<String, String>> rows(Connection c, String table) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getString(i));
                }
                rows.add(row);
            }
        }
        rows.sort((a, b) -> a.toString().compareTo(b.toString()));
        return rows;
    }

    List<Map<String, String>> table(String name) {
        return tables.getOrDefault(name, List.of());
    }

    /** Rows of {@code table} here that were not in {@code before}. */
    List<Map<String, String>> addedSince(StoreDump before, String table) {
        List<Map<String, String>> added = new ArrayList<>(table(table));
        added.removeAll(before.table(table));
        return added;
    }

    /** This dump without the given tables, for comparing everything else exactly. */
    StoreDump without(String... names) {
        Map<String, List<Map<String, String>>> rest = new TreeMap<>(tables);
        for (String n : names) {
            rest.remove(n);
        }
        return new StoreDump(rest);
    }
}
