package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.clinicdesk.core.sync.MergeOutcome;
import org.clinicdesk.core.sync.SyncMerge;
import org.clinicdesk.core.sync.SyncProtocol;
import org.clinicdesk.core.sync.SyncRefusedException;
import org.clinicdesk.core.sync.SyncRow;

/**
 * Merges one batch of desktop changes into the central database in a single transaction: lock the stored rows,
 * apply the entity's conflict rule, write what changed, record conflicts, and publish the changed rows on the feed
 * last (see {@link CentralFeed}). A batch replayed or resent after a cut changes nothing: merges are idempotent and
 * only rows whose content changed get a feed position.
 */
final class CentralPush {
    private final FeedPositions positions;

    CentralPush(FeedPositions positions) {
        this.positions = positions;
    }

    /**
     * The outcome of one batch: the rows that changed (and got feed positions), the conflicts, and the central
     * state of every row of the batch after the merge (what the desktop should now hold).
     */
    record Result(List<RowKey> changed, List<String> conflicts, Map<RowKey, SyncRow> finalRows) {
    }

    /** Runs inside the caller's transaction on {@code central}; the caller commits. */
    Result push(Connection central, UUID clinicId, Map<String, List<String>> columnsByTable, List<SyncRow> batch,
                IntConsumer progress) throws SQLException {
        refuseVersionsAhead(central, batch);
        Map<String, List<SyncRow>> byTable = new LinkedHashMap<>();
        for (SyncedTable table : SyncedTable.values()) {
            byTable.put(table.tableName(), new ArrayList<>());
        }
        for (SyncRow row : batch) {
            byTable.get(SyncedTable.require(row.table()).tableName()).add(row);
        }
        List<RowKey> changed = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        Map<RowKey, SyncRow> finalRows = new LinkedHashMap<>();
        int done = 0;
        for (Map.Entry<String, List<SyncRow>> entry : byTable.entrySet()) {
            List<SyncRow> rows = entry.getValue();
            if (rows.isEmpty()) {
                continue;
            }
            String table = entry.getKey();
            List<String> columns = columnsByTable.get(table);
            SyncedTable kind = SyncedTable.require(table);
            Map<UUID, SyncRow> stored = CentralRows.byIds(central, table, columns,
                    rows.stream().map(SyncRow::id).distinct().toList(), CentralRows.Lock.FOR_UPDATE);
            Map<UUID, SyncRow> toWrite = new LinkedHashMap<>();
            for (SyncRow incoming : rows) {
                MergeOutcome outcome = SyncMerge.merge(kind.rule(), Optional.ofNullable(stored.get(incoming.id())), incoming);
                if (outcome instanceof MergeOutcome.Merged merged) {
                    stored.put(incoming.id(), merged.row());
                    toWrite.put(incoming.id(), merged.row());
                } else if (outcome instanceof MergeOutcome.Conflict conflict) {
                    conflicts.add(conflict.reason());
                    recordConflict(central, clinicId, incoming, conflict.reason());
                }
                progress.accept(++done);
            }
            CentralRows.upsert(central, clinicId, table, columns, new ArrayList<>(toWrite.values()));
            toWrite.keySet().forEach(id -> changed.add(new RowKey(table, id)));
            stored.forEach((id, row) -> finalRows.put(new RowKey(table, id), row));
        }
        CentralFeed.publish(central, positions, clinicId, changed);
        return new Result(changed, conflicts, finalRows);
    }

    /** A version stamped far in the future would win every later merge: refuse the whole batch. */
    private static void refuseVersionsAhead(Connection central, List<SyncRow> batch) throws SQLException {
        long serverMillis = serverMillis(central);
        for (SyncRow row : batch) {
            long ahead = row.version().wallMillis() - serverMillis;
            if (ahead > SyncProtocol.MAX_CLOCK_AHEAD.toMillis()) {
                throw new SyncRefusedException(SyncRefusedException.Reason.CLOCK_AHEAD, "A change to " + row.table()
                        + " " + row.id() + " carries a time " + Math.round(ahead / 60_000.0) + " min ahead of the central server. "
                        + "Correct the clock of site " + row.version().site() + "; nothing was synced.");
            }
        }
    }

    static long serverMillis(Connection central) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement(
                "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void recordConflict(Connection central, UUID clinicId, SyncRow row, String detail) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement("INSERT INTO sync_conflict (clinic_id, entity_table, "
                + "row_id, site, detail, other_version) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setObject(1, clinicId);
            ps.setString(2, row.table());
            ps.setObject(3, row.id());
            ps.setString(4, row.version().site());
            ps.setString(5, detail);
            ps.setString(6, CentralConflicts.readable(row.values()));
            ps.executeUpdate();
        }
    }
}
