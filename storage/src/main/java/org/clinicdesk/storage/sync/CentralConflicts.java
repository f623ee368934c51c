package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clinicdesk.core.sync.ConflictInbox;
import org.clinicdesk.core.sync.SyncConflict;
import org.clinicdesk.core.sync.SyncRow;

/**
 * The clinic's open sync conflicts on the central server, with the version that stayed (the central row now) and
 * the one that did not (kept with the conflict). Row-level security limits a site's login to its own clinic.
 */
public final class CentralConflicts implements ConflictInbox {
    // bookkeeping columns say nothing to the person deciding
    private static final Set<String> HIDDEN = Set.of("clinic_id", "site", "version", "field_versions", "deleted", "id");
    private final CentralServer server;

    public CentralConflicts(CentralServer server) {
        this.server = server;
    }

    @Override
    public List<SyncConflict> open() {
        try (Connection central = server.connect()) {
            List<SyncConflict> conflicts = new ArrayList<>();
            try (PreparedStatement ps = central.prepareStatement("SELECT id, entity_table, row_id, site, detail, "
                    + "detected_at, other_version FROM sync_conflict WHERE NOT resolved ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(2);
                    UUID rowId = rs.getObject(3, UUID.class);
                    conflicts.add(new SyncConflict(rs.getLong(1), table, rowId, rs.getString(4), rs.getString(5),
                            rs.getObject(6, OffsetDateTime.class).toInstant(), kept(central, table, rowId),
                            rs.getString(7) == null ? "" : rs.getString(7)));
                }
            }
            return conflicts;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public boolean acknowledge(long conflictId, String username, String note) {
        try (Connection central = server.connect();
             PreparedStatement ps = central.prepareStatement("SELECT cd_resolve_conflict(?, ?, ?)")) {
            ps.setLong(1, conflictId);
            ps.setString(2, username);
            ps.setString(3, note);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static String kept(Connection central, String table, UUID rowId) throws SQLException {
        SyncedTable.require(table); // the name comes from the server: only a synced table is ever queried
        SyncRow row = CentralRows.byIds(central, table, CentralRows.dataColumns(central, table), List.of(rowId),
                CentralRows.Lock.NONE).get(rowId);
        return row == null ? "" : readable(row.values());
    }

    /** A row's values as a person reads them: name = value per line, bookkeeping left out. */
    static String readable(Map<String, Object> values) {
        return new TreeMap<>(values).entrySet().stream()
                .filter(e -> !HIDDEN.contains(e.getKey()) && e.getValue() != null)
                .map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static CentralUnavailableException unavailable(SQLException e) {
        return new CentralUnavailableException("The central server did not answer: " + e.getMessage()
                + ". Conflicts can be reviewed when it is back.", e);
    }
}
