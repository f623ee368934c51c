package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a sync can change on the central server, for before/after comparisons. */
final class CentralSnapshot {
    private CentralSnapshot() {
    }

    static Map<String, Object> of(Connection admin) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (SyncedTable table : SyncedTable.values()) {
            columns.put(table.tableName(), CentralRows.dataColumns(admin, table.tableName()));
        }
        Map<String, Object> snapshot = new LinkedHashMap<>(TableHashes.of(admin, columns));
        snapshot.put("field_versions", rows(admin, "SELECT id, field_versions::text FROM patient ORDER BY id"));
        snapshot.put("change_feed", rows(admin, "SELECT entity_table, row_id, position FROM change_feed ORDER BY position"));
        snapshot.put("feed_clock", rows(admin, "SELECT clinic_id, last_position FROM feed_clock ORDER BY clinic_id"));
        snapshot.put("sync_conflict", rows(admin, "SELECT entity_table, row_id, detail FROM sync_conflict ORDER BY id"));
        return snapshot;
    }

    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
