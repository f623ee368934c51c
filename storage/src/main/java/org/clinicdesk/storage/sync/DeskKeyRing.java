package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinicdesk.core.sync.SyncRow;
import org.clinicdesk.storage.keys.DeskKeys;
import org.clinicdesk.storage.keys.SignedRows;

/**
 * The public keys of the clinic's desks, as the central server registered them when each store claimed its site
 * (kept locally too, for checks made offline). A user change or audit event is trusted only when it carries a valid
 * signature by a key of the site that stamped it: a desk's central login alone cannot make one.
 */
public final class DeskKeyRing {
    private final Map<String, List<String>> keysBySite;

    private DeskKeyRing(Map<String, List<String>> keysBySite) {
        this.keysBySite = keysBySite;
    }

    static DeskKeyRing fetch(Connection central) throws SQLException {
        return read(central, "SELECT site, store_id, public_key FROM desk_key");
    }

    /** The keys this desk last heard of from the server. */
    public static DeskKeyRing known(Connection local) throws SQLException {
        return read(local, "SELECT site, store_id, public_key FROM known_desk_key");
    }

    private static DeskKeyRing read(Connection c, String sql) throws SQLException {
        Map<String, List<String>> keys = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.computeIfAbsent(rs.getString(1), s -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        return new DeskKeyRing(keys);
    }

    /** Keeps the server's list locally (a key, once registered, is never taken back). */
    static void keep(Connection central, Connection local) throws SQLException {
        try (PreparedStatement read = central.prepareStatement("SELECT site, store_id, public_key FROM desk_key");
             ResultSet rs = read.executeQuery();
             PreparedStatement write = local.prepareStatement("MERGE INTO known_desk_key (site, store_id, public_key) "
                     + "KEY (site, store_id) VALUES (?, ?, ?)")) {
            while (rs.next()) {
                write.setString(1, rs.getString(1));
                write.setObject(2, rs.getObject(2, UUID.class));
                write.setString(3, rs.getString(3));
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    /** Whether a pulled row of a signed table was signed by a desk of the site that stamped it. */
    public boolean trusts(SyncRow row) {
        Map<String, Object> columns = new HashMap<>(row.values());
        columns.put("id", row.id());
        columns.put("site", row.site());
        columns.put("version", row.version().encode());
        columns.put("deleted", row.deleted());
        return trusts(row.table(), row.version().site(), columns, (String) row.values().get(SignedRows.COLUMN));
    }

    /** Whether {@code signature} over a row of {@code table} is valid under a key of {@code site}. */
    public boolean trusts(String table, String site, Map<String, Object> columns, String signature) {
        String message = SignedRows.message(table, columns).orElse(null);
        if (message == null) {
            return true;
        }
        return keysBySite.getOrDefault(site, List.of()).stream().anyMatch(k -> DeskKeys.verify(k, message, signature));
    }
}
