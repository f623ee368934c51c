package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.sync.SyncProtocol;
import org.clinicdesk.core.sync.SyncRefusedException;

/**
 * The checks before any change moves, all read-only: same protocol and schema version (and the same columns in
 * every synced table), the connecting role belongs to this desktop's clinic, and this desktop's clock is not ahead
 * of the server's.
 */
final class SyncHandshake {

    /** What the rest of the sync needs to know about the central database. */
    record Agreed(UUID centralId, Map<String, List<String>> columnsByTable, DeskKeyRing deskKeys) {
    }

    private SyncHandshake() {
    }

    /**
     * The last check, and the only one that writes: the login is a site login (not a superuser, not one that bypasses
     * row-level security, not one of no clinic), its site is this store's, and no other store holds it.
     */
    private static void claimSite(Connection central, SiteSettings site, UUID storeId, String publicKey)
            throws SQLException {
        SiteClaim.LoginSite login = SiteClaim.requireSiteLogin(central);
        if (!login.site().equals(site.site())) {
            throw new SyncRefusedException(SyncRefusedException.Reason.WRONG_SITE, "The central login is site "
                    + login.site() + "'s, but this desk is site " + site.site() + "; use this site's own login. "
                    + "Nothing was synced.");
        }
        SiteClaim.claim(central, site.site(), storeId, java.util.Optional.empty(), publicKey);
    }

    static Agreed check(Connection central, Connection local, SiteSettings site, UUID storeId, String publicKey,
                        int localSchemaVersion, long desktopMillis) throws SQLException {
        UUID clinicId = site.clinicId();
        UUID centralId;
        try (PreparedStatement ps = central.prepareStatement(
                "SELECT protocol_version, schema_version, central_id FROM sync_meta WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SyncRefusedException(SyncRefusedException.Reason.SCHEMA_VERSION,
                        "The central database has no ClinicDesk schema; run 'clinicdesk central init' first.");
            }
            SyncProtocol.checkCompatible(rs.getInt(1), rs.getInt(2));
            centralId = rs.getObject(3, UUID.class);
        }
        if (localSchemaVersion != org.clinicdesk.core.sync.SyncProtocol.SCHEMA_VERSION) {
            throw new SyncRefusedException(SyncRefusedException.Reason.SCHEMA_VERSION, "This desktop's store has sync "
                    + "schema version " + localSchemaVersion + " but this program expects " + SyncProtocol.SCHEMA_VERSION
                    + "; open it with the matching ClinicDesk release. Nothing was synced.");
        }
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, List<String>> centralTables = CentralRows.dataColumns(central,
                java.util.Arrays.stream(SyncedTable.values()).map(SyncedTable::tableName).toList());
        for (SyncedTable table : SyncedTable.values()) {
            List<String> localColumns = RowCodec.dataColumns(local, table.tableName());
            List<String> centralColumns = centralTables.get(table.tableName());
            if (!new HashSet<>(localColumns).equals(new HashSet<>(centralColumns))) {
                Set<String> missingCentrally = new HashSet<>(localColumns);
                missingCentrally.removeAll(centralColumns);
                Set<String> missingLocally = new HashSet<>(centralColumns);
                missingLocally.removeAll(localColumns);
                throw new SyncRefusedException(SyncRefusedException.Reason.SCHEMA_VERSION, "Table " + table.tableName()
                        + " differs between this desktop and the central database (only here: " + missingCentrally
                        + "; only central: " + missingLocally + "). Upgrade both to the same release; nothing was synced.");
            }
            columns.put(table.tableName(), localColumns);
        }
        try (PreparedStatement ps = central.prepareStatement("SELECT cd_current_clinic()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            UUID roleClinic = rs.getObject(1, UUID.class);
            if (roleClinic != null && !roleClinic.equals(clinicId)) {
                throw new SyncRefusedException(SyncRefusedException.Reason.WRONG_CLINIC, "The central login belongs to "
                        + "another clinic (" + roleClinic + ") than this desktop (" + clinicId + "); nothing was synced.");
            }
        }
        SyncProtocol.checkClock(desktopMillis, ServerPush.serverMillis(central));
        claimSite(central, site, storeId, publicKey);
        DeskKeyRing.keep(central, local);
        return new Agreed(centralId, columns, DeskKeyRing.fetch(central));
    }
}
