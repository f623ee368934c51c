package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.clinicdesk.core.common.ClockDriftException;
import org.clinicdesk.core.sync.SyncCursor;
import org.clinicdesk.core.sync.SyncRefusedException;
import org.clinicdesk.core.sync.SyncRow;

/**
 * Reads the central change feed after this desktop's cursor in batches and applies each batch, with the new
 * cursor, in one local transaction. Parents missing locally (a patient whose later edit moved it further down the
 * feed) are fetched along with their children so that local foreign keys hold. Rows with local changes still in
 * the outbox are left alone: the push sends them and takes over the merged result.
 */
final class PullPhase {
    private static final int MAX_PARENT_DEPTH = 3;
    private final SyncEngine.SyncContext ctx;
    private SyncCursor cursor = SyncCursor.START;
    private final UnsignedChanges unsigned;

    PullPhase(SyncEngine.SyncContext ctx) {
        this.ctx = ctx;
        this.unsigned = new UnsignedChanges(ctx.agreed().deskKeys());
    }

    SyncCursor cursor() {
        return cursor;
    }

    int run(SyncCursor from, List<String> conflicts) throws SQLException {
        cursor = from;
        int pulled = 0;
        Connection central = ctx.central();
        boolean ownSiteBehind = false;
        while (true) {
            central.setAutoCommit(false);
            central.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            // the desk keys in the batch's own snapshot: a site released during a long pull retires its key at once
            unsigned.useKeys(DeskKeyRing.fetch(central));
            List<CentralFeed.FeedEntry> entries = CentralFeed.after(central, ctx.clinicId(), cursor.position(),
                    ctx.batchSize());
            if (entries.isEmpty()) {
                central.commit();
                central.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                if (ownSiteBehind) {
                    continueOwnCounters();
                }
                return pulled;
            }
            ctx.progress().onRows(SyncProgress.Phase.PULL, pulled, ctx.pid());
            Map<RowKey, SyncRow> rows = fetch(central, entries.stream().map(CentralFeed.FeedEntry::key).toList());
            Map<RowKey, Long> positions = new HashMap<>();
            entries.forEach(e -> positions.put(e.key(), e.position()));
            long last = entries.get(entries.size() - 1).position();
            try (Connection local = ctx.store().dataSource().getConnection()) {
                local.setAutoCommit(false);
                DeskKeyRing.keep(central, local);
                addMissingParents(central, local, rows);
                central.commit();
                pulled += apply(local, rows, positions, conflicts);
                ownSiteBehind |= ownChainBehind(local, rows.values());
                AuditHeads.advance(local, rows.values().stream().filter(r -> r.table().equals("audit_event"))
                        .map(SyncRow::site).distinct().toList(), ctx.clock().site());
                cursor = cursor.advancedTo(last);
                LocalSyncState.saveCursor(local, ctx.agreed().centralId(), cursor);
                local.commit();
            }
            ctx.progress().onRows(SyncProgress.Phase.PULL_APPLIED, pulled, ctx.pid());
            unsigned.report(central);
            // a window notices the new feed position at once; it must not then read a stale cached patient
            ctx.store().evictCaches();
            central.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    /**
     * Whether the server holds audit events of this desk's own site beyond this store's chain head: the store was
     * restored from an older backup (or its site re-joined), and the server has what the desk did after that.
     */
    private boolean ownChainBehind(Connection local, java.util.Collection<SyncRow> rows) throws SQLException {
        String own = ctx.clock().site();
        long newest = rows.stream().filter(r -> r.table().equals("audit_event") && own.equals(r.site()))
                .mapToLong(r -> ((Number) r.values().get("sequence")).longValue()).max().orElse(0);
        if (newest == 0) {
            return false;
        }
        try (java.sql.PreparedStatement ps = local.prepareStatement("SELECT sequence FROM audit_head WHERE site = ?")) {
            ps.setString(1, own);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return !rs.next() || rs.getLong(1) < newest;
            }
        }
    }

    /**
     * A restored desk continues above everything the server has of its site (UHID serial, today's tokens, its audit
     * chain head), as a re-joined one does, so that it never issues again what its older self already pushed.
     */
    private void continueOwnCounters() {
        var store = ctx.store();
        var site = org.clinicdesk.core.common.SiteCode.of(ctx.clock().site());
        var settings = org.clinicdesk.core.site.ClinicSettings.from(
                store.context().tx().inTransaction(() -> store.clinicSettings().all()), "-");
        SiteCounters.continueAfterPull(store, site, settings.tokenPrefix(site), store.context().today());
    }

    private Map<RowKey, SyncRow> fetch(Connection central, List<RowKey> keys) throws SQLException {
        Map<String, List<UUID>> idsByTable = new HashMap<>();
        keys.forEach(k -> idsByTable.computeIfAbsent(k.table(), t -> new ArrayList<>()).add(k.id()));
        Map<RowKey, SyncRow> rows = new LinkedHashMap<>();
        for (Map.Entry<String, List<UUID>> e : idsByTable.entrySet()) {
            SyncedTable table = SyncedTable.require(e.getKey());
            CentralRows.byIds(central, table.tableName(), ctx.agreed().columnsByTable().get(table.tableName()),
                    e.getValue(), CentralRows.Lock.NONE).forEach((id, row) -> rows.put(new RowKey(table.tableName(), id), row));
        }
        return rows;
    }

    private void addMissingParents(Connection central, Connection local, Map<RowKey, SyncRow> rows) throws SQLException {
        for (int depth = 0; depth < MAX_PARENT_DEPTH; depth++) {
            Set<RowKey> wanted = new HashSet<>();
            for (SyncRow row : rows.values()) {
                SyncedTable.require(row.table()).parents().forEach((column, parentTable) -> {
                    if (row.values().get(column) instanceof UUID parentId && !rows.containsKey(new RowKey(parentTable, parentId))) {
                        wanted.add(new RowKey(parentTable, parentId));
                    }
                });
            }
            Map<String, List<UUID>> byTable = new HashMap<>();
            wanted.forEach(k -> byTable.computeIfAbsent(k.table(), t -> new ArrayList<>()).add(k.id()));
            List<RowKey> missing = new ArrayList<>();
            for (Map.Entry<String, List<UUID>> e : byTable.entrySet()) {
                Set<UUID> present = LocalRows.existing(local, e.getKey(), e.getValue());
                e.getValue().stream().filter(id -> !present.contains(id)).forEach(id -> missing.add(new RowKey(e.getKey(), id)));
            }
            if (missing.isEmpty()) {
                return;
            }
            rows.putAll(fetch(central, missing));
        }
    }

    /** {@code positions}: each row's place in the feed (a parent fetched for a child has none; signed rows have no parents). */
    private int apply(Connection local, Map<RowKey, SyncRow> rows, Map<RowKey, Long> positions, List<String> conflicts)
            throws SQLException {
        Set<RowKey> pending = LocalRows.pending(local, rows.keySet());
        int written = 0;
        for (SyncedTable table : SyncedTable.values()) {
            List<String> columns = ctx.agreed().columnsByTable().get(table.tableName());
            List<SyncRow> tableRows = rows.entrySet().stream()
                    .filter(e -> e.getKey().table().equals(table.tableName()) && !pending.contains(e.getKey()))
                    .map(Map.Entry::getValue).toList();
            Map<UUID, SyncRow> existing = LocalRows.byIds(local, table.tableName(), columns,
                    tableRows.stream().map(SyncRow::id).toList());
            List<SyncRow> accepted = new ArrayList<>();
            for (SyncRow row : tableRows) {
                Long position = positions.get(new RowKey(row.table(), row.id()));
                if (unsigned.refuse(row, position == null ? OptionalLong.empty() : OptionalLong.of(position), conflicts)) {
                    continue;
                }
                try {
                    ctx.clock().receive(row.version());
                } catch (ClockDriftException e) {
                    throw new SyncRefusedException(SyncRefusedException.Reason.CLOCK_AHEAD, e.getMessage());
                }
                accepted.add(row);
            }
            Map<UUID, LocalRows.Applied> outcome = new HashMap<>();
            // e.g. two desks created the same user name offline (a constraint), or another desk's login sent a value
            // this desk's column cannot hold (a text too long): keep syncing, let a person decide, rather than stop at
            // this row at every sync from now on (LocalRows.applyAll)
            LocalRows.applyAll(local, table.tableName(), columns, accepted, existing, (row, e) -> conflicts.add(
                    row.table() + " " + row.id() + " could not be stored on this desktop: " + e.getMessage()), outcome);
            for (SyncRow row : accepted) {
                LocalRows.Applied applied = outcome.get(row.id());
                if (applied == LocalRows.Applied.WRITTEN) {
                    written++;
                } else if (applied == LocalRows.Applied.KEPT_SIGNED) {
                    conflicts.add(row.table() + " " + row.id() + " differs from the central copy but is signed here; "
                            + "kept as signed on this desktop");
                }
            }
        }
        return written;
    }
}
