package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.keys.DeskKeys;

/**
 * The checks of a desk's audit trail that its own hash chain cannot make. Someone holding the data folder can
 * rewrite events and recompute every hash, so the chain still links; but (1) every event must carry the signature of
 * its site's desk key, and (2) every event the central server has anchored must be the same here as there. The
 * server checked each link when the event arrived and keeps each site's head where no desk can write.
 */
public final class AuditAgainstServer {
    /** The outcome for one site: empty problem when it matches. */
    public record SiteCheck(String site, long anchoredSequence, Optional<String> problem) {
    }

    private AuditAgainstServer() {
    }

    /** Every local event of every site carries a valid signature of a desk of that site (keys as last synced). */
    public static List<SiteCheck> signatures(LocalStore store) {
        List<SiteCheck> checks = new ArrayList<>();
        try (Connection local = store.dataSource().getConnection()) {
            DeskKeyRing ring = DeskKeyRing.known(local);
            String ownSite = store.siteSettings().map(s -> s.site().value()).orElse("");
            String ownKey = store.deskKeys().map(DeskKeys::publicKey).orElse(null);
            Map<String, Optional<String>> firstBad = new HashMap<>();
            Map<String, Long> counted = new HashMap<>();
            try (PreparedStatement ps = local.prepareStatement("SELECT id, site, sequence, previous_hash, hash, signature "
                    + "FROM audit_event ORDER BY site, sequence"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String site = rs.getString(2);
                    counted.merge(site, 1L, Long::sum);
                    if (firstBad.getOrDefault(site, Optional.empty()).isPresent()) {
                        continue;
                    }
                    Map<String, Object> columns = Map.of("id", rs.getObject(1), "site", site, "sequence", rs.getLong(3),
                            "previous_hash", rs.getString(4), "hash", rs.getString(5));
                    String signature = rs.getString(6);
                    boolean valid = ring.trusts("audit_event", site, columns, signature)
                            || site.equals(ownSite) && ownKey != null && DeskKeys.verify(ownKey,
                            org.clinicdesk.storage.keys.SignedRows.message("audit_event", columns).orElseThrow(), signature);
                    if (!valid) {
                        firstBad.put(site, Optional.of("event " + rs.getLong(3) + " carries no valid signature of a desk "
                                + "of site " + site + ": it was written or changed outside ClinicDesk"));
                    }
                }
            }
            counted.forEach((site, n) -> checks.add(new SiteCheck(site, n, firstBad.getOrDefault(site, Optional.empty()))));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail: " + e.getMessage(), e);
        }
        checks.sort(java.util.Comparator.comparing(SiteCheck::site));
        return checks;
    }

    /** Compares every event the server has anchored with this desk's copy; names the first that differs. */
    public static List<SiteCheck> compare(LocalStore store, CentralServer server) {
        List<SiteCheck> checks = new ArrayList<>();
        try (Connection central = server.connect(); Connection local = store.dataSource().getConnection()) {
            SiteClaim.requireSiteLogin(central);
            Map<String, Long> anchors = new HashMap<>();
            try (PreparedStatement ps = central.prepareStatement("SELECT site, sequence FROM audit_anchor ORDER BY site");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    anchors.put(rs.getString(1), rs.getLong(2));
                }
            }
            for (Map.Entry<String, Long> anchor : new java.util.TreeMap<>(anchors).entrySet()) {
                checks.add(compareSite(central, local, anchor.getKey(), anchor.getValue()));
            }
        } catch (SQLException e) {
            throw new CentralUnavailableException("The central server could not be reached to compare the audit trail: "
                    + e.getMessage(), e);
        }
        return checks;
    }

    private static SiteCheck compareSite(Connection central, Connection local, String site, long anchored)
            throws SQLException {
        Map<Long, String> ours = new HashMap<>();
        try (PreparedStatement ps = local.prepareStatement(
                "SELECT sequence, hash FROM audit_event WHERE site = ? AND sequence <= ?")) {
            ps.setString(1, site);
            ps.setLong(2, anchored);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ours.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        try (PreparedStatement ps = central.prepareStatement(
                "SELECT sequence, hash FROM audit_event WHERE site = ? AND sequence <= ? ORDER BY sequence")) {
            ps.setString(1, site);
            ps.setLong(2, anchored);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long sequence = rs.getLong(1);
                    String here = ours.get(sequence);
                    if (here == null) {
                        return new SiteCheck(site, anchored, Optional.of("event " + sequence + " is on the server but "
                                + "missing here (removed?)"));
                    }
                    if (!here.equals(rs.getString(2))) {
                        return new SiteCheck(site, anchored, Optional.of("event " + sequence + " differs from the "
                                + "server's copy, which the server checked when it arrived: it was changed here"));
                    }
                }
            }
        }
        return new SiteCheck(site, anchored, Optional.empty());
    }
}
