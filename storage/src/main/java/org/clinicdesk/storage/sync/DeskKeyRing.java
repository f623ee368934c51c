package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.clinicdesk.core.sync.SyncRow;
import org.clinicdesk.storage.keys.DeskKeys;
import org.clinicdesk.storage.keys.SignedRows;

/**
 * The public keys of the clinic's desks, as the central server registered them when each store claimed its site
 * (kept locally too, for checks made offline). A user change or audit event is trusted only when it carries a valid
 * signature by a key of the site that stamped it: a desk's central login alone cannot make one. The key of a desk
 * whose site the server's administrator released (the desk was lost, with its key) is retired: it vouches only for
 * rows that were in the clinic's feed when the site was released (central V20).
 */
public final class DeskKeyRing {
    private final Map<String, List<Key>> keysBySite;

    /** A registered key; {@code retiredAfter} is the last feed position it vouches for, null while in use. */
    private record Key(String publicKey, Long retiredAfter) {
        boolean vouchesAt(OptionalLong position) {
            return retiredAfter == null || position.isPresent() && position.getAsLong() <= retiredAfter;
        }
    }

    private DeskKeyRing(Map<String, List<Key>> keysBySite) {
        this.keysBySite = keysBySite;
    }

    static DeskKeyRing fetch(Connection central) throws SQLException {
        return read(central, "SELECT site, public_key, retired_after FROM desk_key");
    }

    /** The keys this desk last heard of from the server. */
    public static DeskKeyRing known(Connection local) throws SQLException {
        return read(local, "SELECT site, public_key, retired_after FROM known_desk_key");
    }

    private static DeskKeyRing read(Connection c, String sql) throws SQLException {
        Map<String, List<Key>> keys = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Long retired = rs.getObject(3) == null ? null : rs.getLong(3);
                keys.computeIfAbsent(rs.getString(1), s -> new ArrayList<>()).add(new Key(rs.getString(2), retired));
            }
        }
        return new DeskKeyRing(keys);
    }

    /**
     * Keeps the server's list locally (a key, once registered, is never taken back; a retired one stays retired at the
     * first position heard of, even if a server restored from an older copy no longer says so).
     */
    static void keep(Connection central, Connection local) throws SQLException {
        try (PreparedStatement read = central.prepareStatement(
                "SELECT site, store_id, public_key, retired_after FROM desk_key");
             ResultSet rs = read.executeQuery();
             PreparedStatement write = local.prepareStatement("MERGE INTO known_desk_key k USING (VALUES "
                     + "(CAST(? AS VARCHAR), CAST(? AS UUID), CAST(? AS VARCHAR), CAST(? AS BIGINT))) "
                     + "s(site, store_id, public_key, retired_after) ON k.site = s.site AND k.store_id = s.store_id "
                     + "WHEN MATCHED THEN UPDATE SET public_key = s.public_key, "
                     + "retired_after = COALESCE(k.retired_after, s.retired_after) "
                     + "WHEN NOT MATCHED THEN INSERT (site, store_id, public_key, retired_after) "
                     + "VALUES (s.site, s.store_id, s.public_key, s.retired_after)")) {
            while (rs.next()) {
                write.setString(1, rs.getString(1));
                write.setObject(2, rs.getObject(2, UUID.class));
                write.setString(3, rs.getString(3));
                write.setObject(4, rs.getObject(4) == null ? null : rs.getLong(4));
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    /**
     * Whether a pulled row of a signed table was signed by a desk of the site that stamped it, by a key that vouched
     * for it at {@code feedPosition}: the row's place in the clinic's feed, empty when unknown (then only keys in use).
     */
    public boolean trusts(SyncRow row, OptionalLong feedPosition) {
        return trusts(row.table(), row.version().site(), signedColumns(row),
                (String) row.values().get(SignedRows.COLUMN), feedPosition);
    }

    /**
     * Whether {@code signature} over a row already kept in this store was made by a key of {@code site}, retired ones
     * included: the store took it in while the key vouched for it.
     */
    public boolean trusts(String table, String site, Map<String, Object> columns, String signature) {
        return trusts(table, site, columns, signature, OptionalLong.of(Long.MIN_VALUE));
    }

    private boolean trusts(String table, String site, Map<String, Object> columns, String signature,
                           OptionalLong position) {
        String message = SignedRows.message(table, columns).orElse(null);
        if (message == null) {
            return true;
        }
        return keysBySite.getOrDefault(site, List.of()).stream()
                .anyMatch(k -> k.vouchesAt(position) && DeskKeys.verify(k.publicKey(), message, signature));
    }

    /** Whether {@code row} is signed by a key of its site that was retired before {@code feedPosition}. */
    boolean signedByRetiredKey(SyncRow row, OptionalLong feedPosition) {
        String message = SignedRows.message(row.table(), signedColumns(row)).orElse(null);
        return message != null && keysBySite.getOrDefault(row.version().site(), List.of()).stream()
                .anyMatch(k -> !k.vouchesAt(feedPosition) && DeskKeys.verify(k.publicKey(), message,
                        (String) row.values().get(SignedRows.COLUMN)));
    }

    private static Map<String, Object> signedColumns(SyncRow row) {
        Map<String, Object> columns = new HashMap<>(row.values());
        columns.put("id", row.id());
        columns.put("site", row.site());
        columns.put("version", row.version().encode());
        columns.put("deleted", row.deleted());
        return columns;
    }
}
