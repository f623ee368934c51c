package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.clinicdesk.core.sync.SyncRow;

/**
 * Reads and writes synced rows in the desktop's H2 database with plain JDBC. Pulled rows go in this way on
 * purpose: the Hibernate outbox listener does not see them, so they are not pushed back (no ping-pong), and the
 * versions they carry are kept as they are.
 */
final class LocalRows {
    private static final String SIGNED = "SIGNED";

    private LocalRows() {
    }

    static Map<UUID, SyncRow> byIds(Connection local, String table, List<String> columns, Collection<UUID> ids)
            throws SQLException {
        Map<UUID, SyncRow> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        List<UUID> list = new ArrayList<>(new HashSet<>(ids));
        for (int from = 0; from < list.size(); from += 500) {
            List<UUID> chunk = list.subList(from, Math.min(list.size(), from + 500));
            String sql = "SELECT " + RowCodec.selectList(columns) + " FROM " + table + " WHERE id IN ("
                    + RowCodec.keyLiterals(chunk) + ")";
            try (PreparedStatement ps = local.prepareStatement(sql)) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SyncRow row = RowCodec.read(rs, table, columns, Map.of());
                        rows.put(row.id(), row);
                    }
                }
            }
        }
        return rows;
    }

    /** Ids among {@code ids} that exist in {@code table}. */
    static Set<UUID> existing(Connection local, String table, Collection<UUID> ids) throws SQLException {
        return byIds(local, table, List.of(), ids).keySet();
    }

    /** The outcome of writing one pulled row. */
    enum Applied { WRITTEN, SAME, KEPT_SIGNED }

    /** What to do with a local constraint's refusal of one row of a batch (rethrow it, or note it and go on). */
    interface Refusal {
        void refused(SyncRow row, SQLException e) throws SQLException;
    }

    /**
     * Writes the central state of rows of one table, each unless the desktop already has exactly it; a signed note or
     * an amendment that differs locally is kept (the database refuses to change it) and reported as such. Written in
     * two JDBC batches (new rows first, then changed ones, each in the order given): the same outcome as writing them
     * one by one, at a fraction of the statements. A row that a
     * local constraint refuses (SQLState class 23) goes to {@code refusal} and is left out of {@code outcome}; the
     * rest of the batch is written.
     */
    static void applyAll(Connection local, String table, List<String> columns, List<SyncRow> rows,
                         Map<UUID, SyncRow> existing, Refusal refusal, Map<UUID, Applied> outcome) throws SQLException {
        List<SyncRow> inserts = new ArrayList<>();
        List<SyncRow> updates = new ArrayList<>();
        for (SyncRow row : rows) {
            SyncRow here = existing.get(row.id());
            if (here != null && here.sameContentAs(row) && here.site().equals(row.site())) {
                outcome.put(row.id(), Applied.SAME);
            } else if (here != null && (SIGNED.equals(here.values().get("status")) && "soap_note".equals(table)
                    || "note_amendment".equals(table))) {
                outcome.put(row.id(), Applied.KEPT_SIGNED);
            } else {
                (here == null ? inserts : updates).add(row);
            }
        }
        List<String> all = new ArrayList<>(RowCodec.ENVELOPE);
        all.addAll(columns);
        if (!inserts.isEmpty()) {
            write(local, "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES ("
                    + RowCodec.placeholders(all.size()) + ")", columns, inserts, true, refusal, outcome);
        }
        if (!updates.isEmpty()) {
            List<String> sets = new ArrayList<>();
            for (String column : all.subList(1, all.size())) {
                sets.add(column + " = ?");
            }
            write(local, "UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE id = ?", columns, updates, false,
                    refusal, outcome);
        }
    }

    private static void write(Connection local, String sql, List<String> columns, List<SyncRow> rows, boolean insert,
                              Refusal refusal, Map<UUID, Applied> outcome) throws SQLException {
        try (PreparedStatement ps = local.prepareStatement(sql)) {
            for (SyncRow row : rows) {
                int i = 1;
                if (insert) {
                    ps.setObject(i++, row.id());
                }
                ps.setString(i++, row.site());
                ps.setString(i++, row.version().encode());
                ps.setBoolean(i++, row.deleted());
                for (String column : columns) {
                    RowCodec.bind(ps, i++, row.values().get(column));
                }
                if (!insert) {
                    ps.setObject(i, row.id());
                }
                ps.addBatch();
            }
            int[] counts;
            SQLException failures = null;
            try {
                counts = ps.executeBatch();
            } catch (java.sql.BatchUpdateException e) {
                // H2 runs the whole batch and chains one exception per failed row, in order
                counts = e.getUpdateCounts();
                failures = e.getNextException() == null ? e : e.getNextException();
                if (counts == null || counts.length != rows.size()) {
                    throw e;
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                if (counts[r] != java.sql.Statement.EXECUTE_FAILED) {
                    outcome.put(rows.get(r).id(), Applied.WRITTEN);
                    continue;
                }
                SQLException cause = failures;
                failures = cause == null ? null : cause.getNextException();
                // refused by a constraint (23) or as data this column cannot hold (22, e.g. a text too long)
                if (cause == null || cause.getSQLState() == null
                        || !cause.getSQLState().startsWith("23") && !cause.getSQLState().startsWith("22")) {
                    throw cause != null ? cause : new SQLException("row " + rows.get(r).id() + " was not written");
                }
                refusal.refused(rows.get(r), cause);
            }
        }
    }

    /**
     * Which of {@code candidates} still have changes waiting in the outbox. The candidates' local rows are locked first
     * (in the caller's transaction, which must not be in auto-commit): a local change that was under way waits to
     * commit and is then seen here, and one that starts later waits for the caller, so the caller never writes a
     * server state over a change made between this check and its write.
     */
    static Set<RowKey> pending(Connection local, Collection<RowKey> candidates) throws SQLException {
        Map<String, List<UUID>> byTable = new java.util.LinkedHashMap<>();
        candidates.forEach(k -> byTable.computeIfAbsent(SyncedTable.require(k.table()).tableName(),
                t -> new java.util.ArrayList<>()).add(k.id()));
        for (Map.Entry<String, List<UUID>> e : byTable.entrySet()) {
            List<UUID> tableIds = e.getValue();
            for (int from = 0; from < tableIds.size(); from += 500) {
                List<UUID> chunk = tableIds.subList(from, Math.min(tableIds.size(), from + 500));
                try (PreparedStatement ps = local.prepareStatement("SELECT id FROM " + e.getKey() + " WHERE id IN ("
                        + RowCodec.keyLiterals(chunk) + ") FOR UPDATE")) {
                    ps.executeQuery().close();
                }
            }
        }
        Set<RowKey> keys = new HashSet<>();
        List<UUID> ids = candidates.stream().map(RowKey::id).distinct().toList();
        for (int from = 0; from < ids.size(); from += 500) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            try (PreparedStatement ps = local.prepareStatement("SELECT DISTINCT entity_table, row_id FROM outbox WHERE row_id IN ("
                    + RowCodec.keyLiterals(chunk) + ")")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        keys.add(new RowKey(SyncedTable.require(rs.getString(1)).tableName(), rs.getObject(2, UUID.class)));
                    }
                }
            }
        }
        return keys;
    }
}
