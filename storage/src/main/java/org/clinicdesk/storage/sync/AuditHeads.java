package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Keeps {@code audit_head} (each site's newest chain link) in step with audit events of other sites that arrive
 * by sync, so that {@code audit verify} checks their chains to the end. This desktop's own head is kept by the
 * audit log itself.
 */
final class AuditHeads {
    private AuditHeads() {
    }

    static void advance(Connection local, Collection<String> sites, String ownSite) throws SQLException {
        for (String site : sites) {
            if (site.equals(ownSite)) {
                continue;
            }
            long sequence;
            String hash;
            try (PreparedStatement ps = local.prepareStatement(
                    "SELECT sequence, hash FROM audit_event WHERE site = ? ORDER BY sequence DESC LIMIT 1")) {
                ps.setString(1, site);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    sequence = rs.getLong(1);
                    hash = rs.getString(2);
                }
            }
            int updated;
            try (PreparedStatement ps = local.prepareStatement(
                    "UPDATE audit_head SET sequence = ?, hash = ? WHERE site = ? AND sequence < ?")) {
                ps.setLong(1, sequence);
                ps.setString(2, hash);
                ps.setString(3, site);
                ps.setLong(4, sequence);
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement ps = local.prepareStatement("INSERT INTO audit_head (site, sequence, hash) "
                        + "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM audit_head WHERE site = ?)")) {
                    ps.setString(1, site);
                    ps.setLong(2, sequence);
                    ps.setString(3, hash);
                    ps.setString(4, site);
                    ps.executeUpdate();
                }
            }
        }
    }
}
