package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clinicdesk.core.common.HlcTimestamp;
import org.clinicdesk.core.sync.ConflictRule;
import org.clinicdesk.core.sync.SyncRow;
import org.clinicdesk.storage.outbox.OutboxRow;

/**
 * Sends the outbox in batches. Each batch: read the rows' current local state, have the central server merge them
 * ({@code cd_push}, one transaction), then in one local transaction drop the batch from the outbox and take over the central result for
 * rows with nothing newer pending. Taking over the result matters when the desktop's change lost the merge: the
 * central row did not change, so the feed would never bring its state back to this desktop. Cut off before the central commit, the batch is simply sent again; cut off after
 * it, the resend merges to no change. The dropped rows stay as sent changes until the server's standby has them
 * ({@link ServerDurability}).
 */
final class PushPhase {
    private final SyncEngine.SyncContext ctx;
    private final ServerPush push = new ServerPush();

    PushPhase(SyncEngine.SyncContext ctx) {
        this.ctx = ctx;
    }

    int run(List<String> conflicts) throws SQLException {
        int pushed = 0;
        while (true) {
            List<OutboxRow> entries = ctx.store().outbox().after(0, ctx.batchSize());
            if (entries.isEmpty()) {
                return pushed;
            }
            Map<RowKey, Map<String, HlcTimestamp>> claims = claims(entries);
            List<SyncRow> batch = localRows(claims);
            Connection central = ctx.central();
            central.setAutoCommit(false);
            ServerPush.Result result = push.push(central, ctx.agreed().columnsByTable(), batch);
            ctx.progress().onRows(SyncProgress.Phase.PUSH, pushed + entries.size(), ctx.pid());
            central.commit();
            ctx.progress().onRows(SyncProgress.Phase.PUSH_COMMITTED, pushed + entries.size(), ctx.pid());
            conflicts.addAll(result.conflicts());
            UnsignedChanges unsigned = new UnsignedChanges(ctx.agreed().deskKeys());
            // the position after our commit: the push is kept as sent until every standby has passed it
            Optional<ServerDurability.Position> after = ServerDurability.read(central, ctx.agreed().centralId());
            acknowledge(entries.stream().map(OutboxRow::sequence).toList(), after, result.finalRows(), unsigned, conflicts);
            unsigned.report(central);
            pushed += entries.size();
        }
    }

    /** Per row, the columns each change wrote and at which version (later changes overwrite earlier claims). */
    private Map<RowKey, Map<String, HlcTimestamp>> claims(List<OutboxRow> entries) {
        Map<RowKey, Map<String, HlcTimestamp>> claims = new LinkedHashMap<>();
        for (OutboxRow entry : entries) {
            SyncedTable table = SyncedTable.require(entry.table());
            List<String> columns = ctx.agreed().columnsByTable().get(table.tableName());
            Map<String, HlcTimestamp> rowClaims = claims.computeIfAbsent(new RowKey(table.tableName(), entry.rowId()),
                    k -> new HashMap<>());
            HlcTimestamp version = HlcTimestamp.decode(entry.version());
            List<String> written = "INSERT".equals(entry.operation()) || entry.changedFields().isEmpty()
                    ? columns : entry.changedFields();
            for (String column : written) {
                if (columns.contains(column.toLowerCase(java.util.Locale.ROOT))) {
                    rowClaims.put(column.toLowerCase(java.util.Locale.ROOT), version);
                }
            }
            // a tombstone alone claims no column value
            rowClaims.putIfAbsent("deleted", version);
        }
        return claims;
    }

    private List<SyncRow> localRows(Map<RowKey, Map<String, HlcTimestamp>> claims) throws SQLException {
        Map<String, List<UUID>> idsByTable = new LinkedHashMap<>();
        claims.keySet().forEach(k -> idsByTable.computeIfAbsent(k.table(), t -> new ArrayList<>()).add(k.id()));
        List<SyncRow> batch = new ArrayList<>();
        try (Connection local = ctx.store().dataSource().getConnection()) {
            for (Map.Entry<String, List<UUID>> e : idsByTable.entrySet()) {
                SyncedTable table = SyncedTable.require(e.getKey());
                Map<UUID, SyncRow> rows = LocalRows.byIds(local, table.tableName(),
                        ctx.agreed().columnsByTable().get(table.tableName()), e.getValue());
                for (UUID id : e.getValue()) {
                    SyncRow row = rows.get(id);
                    if (row == null) {
                        continue; // rolled back after capture cannot happen; a vanished row has nothing to send
                    }
                    Map<String, HlcTimestamp> rowClaims = table.rule() == ConflictRule.FIELD_MERGE
                            ? claims.get(new RowKey(table.tableName(), id)) : Map.of();
                    batch.add(row.withState(row.version(), row.deleted(), row.values(), rowClaims));
                }
            }
        }
        return batch;
    }

    /**
     * Drops exactly the pushed changes and adopts the merged central rows, in one local transaction. Not "up to the
     * last sequence": a local transaction that took a lower sequence may have committed after the batch was read.
     */
    private void acknowledge(List<Long> sequences, Optional<ServerDurability.Position> after,
                             Map<RowKey, SyncRow> authoritative, UnsignedChanges unsigned,
                             List<String> conflicts) throws SQLException {
        try (Connection local = ctx.store().dataSource().getConnection()) {
            local.setAutoCommit(false);
            if (after.isPresent()) {
                ServerDurability.keepSent(local, sequences, after.get());
            }
            try (PreparedStatement ps = local.prepareStatement("DELETE FROM outbox WHERE seq IN ("
                    + RowCodec.keyLiterals(sequences) + ")")) {
                ps.executeUpdate();
            }
            Set<RowKey> pending = LocalRows.pending(local, authoritative.keySet());
            for (SyncedTable table : SyncedTable.values()) {
                List<String> columns = ctx.agreed().columnsByTable().get(table.tableName());
                List<SyncRow> rows = authoritative.entrySet().stream()
                        .filter(e -> e.getKey().table().equals(table.tableName()) && !pending.contains(e.getKey()))
                        .map(Map.Entry::getValue).toList();
                Map<UUID, SyncRow> existing = LocalRows.byIds(local, table.tableName(), columns,
                        rows.stream().map(SyncRow::id).toList());
                List<SyncRow> taken = new ArrayList<>();
                for (SyncRow row : rows) {
                    if (unsigned.refuse(row, java.util.OptionalLong.empty(), conflicts)) { // not from the feed: keys in use only
                        continue;
                    }
                    ctx.clock().receive(row.version());
                    taken.add(row);
                }
                LocalRows.applyAll(local, table.tableName(), columns, taken, existing, (row, e) -> {
                    throw e;
                }, new HashMap<>());
            }
            local.commit();
        }
    }
}
