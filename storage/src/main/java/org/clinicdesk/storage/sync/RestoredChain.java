package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditChain;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.storage.LocalStore;

/**
 * The audit events a restored desk wrote before it caught up (an administrator's emergency sign-in, the charts read
 * then): they took the sequence numbers after the backup's chain head, which the server may already hold for this
 * site from what the desk's older self pushed. Before the catch-up's push they are set aside (their sequence numbers
 * negated, their outbox rows dropped, the head put back on the newest event left), so the push does not send them
 * and the pull can bring the server's events of the site; after the pull has moved the head above those, they are
 * chained again in their order, keeping their time, user, detail and row digest. A sync cut off in between finds
 * them set aside at its next run and finishes the job: nothing is lost, nothing is refused by the server.
 */
final class RestoredChain {
    private RestoredChain() {
    }

    /** Sets aside this site's unsent events written since the restore; returns how many. */
    static int setAside(LocalStore store, String site) throws SQLException {
        try (Connection c = store.dataSource().getConnection()) {
            Instant restoredAt = restoredAt(c);
            if (restoredAt == null) {
                return 0;
            }
            c.setAutoCommit(false);
            try {
                int moved;
                // Below any set aside by an earlier sync that was cut off, so that their order holds.
                long below = 0;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT COALESCE(-MIN(sequence), 0) FROM audit_event WHERE site = ? AND sequence < 0")) {
                    ps.setString(1, site);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        below = rs.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE audit_event e SET sequence = -(sequence + ?) "
                        + "WHERE e.site = ? AND e.sequence > 0 AND e.occurred_at >= ? AND EXISTS (SELECT 1 FROM outbox o "
                        + "WHERE o.entity_table = 'audit_event' AND o.row_id = e.id)")) {
                    ps.setLong(1, below);
                    ps.setString(2, site);
                    ps.setObject(3, OffsetDateTime.ofInstant(restoredAt, java.time.ZoneOffset.UTC));
                    moved = ps.executeUpdate();
                }
                if (moved > 0) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE entity_table = 'audit_event' "
                            + "AND row_id IN (SELECT id FROM audit_event WHERE site = ? AND sequence < 0)")) {
                        ps.setString(1, site);
                        ps.executeUpdate();
                    }
                    headOnNewestLeft(c, site);
                }
                c.commit();
                return moved;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Chains the set-aside events again above the head, in their order; returns how many. */
    static int chainAgain(LocalStore store, String site) {
        return store.context().tx().inTransaction(() -> {
            List<Held> held = store.unitOfWork().withSession(session -> session.doReturningWork(c -> held(c, site)));
            if (held.isEmpty()) {
                return 0;
            }
            store.unitOfWork().withSession(session -> session.createNativeMutationQuery(
                    "DELETE FROM audit_event WHERE site = :site AND sequence < 0").setParameter("site", site).executeUpdate());
            for (Held h : held) {
                store.auditLog().appendAsOf(h.username(), h.record(), h.rowDigest(), h.occurredAt());
            }
            return held.size();
        });
    }

    private record Held(String username, AuditRecord record, String rowDigest, Instant occurredAt) {
    }

    private static List<Held> held(Connection c, String site) throws SQLException {
        List<Held> held = new ArrayList<>();
        // Negated (and each later set-aside below the earlier ones), the original order is descending.
        try (PreparedStatement ps = c.prepareStatement("SELECT username, action, entity_type, entity_id, detail, "
                + "row_digest, occurred_at FROM audit_event WHERE site = ? AND sequence < 0 ORDER BY sequence DESC")) {
            ps.setString(1, site);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    held.add(new Held(rs.getString(1), new AuditRecord(AuditAction.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), rs.getString(5)), rs.getString(6),
                            rs.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return held;
    }

    private static Instant restoredAt(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT restored_at FROM sync_state WHERE id = 1 AND central_id IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            OffsetDateTime at = rs.getObject(1, OffsetDateTime.class);
            return at == null ? null : at.toInstant();
        }
    }

    private static void headOnNewestLeft(Connection c, String site) throws SQLException {
        long sequence = 0;
        String hash = AuditChain.GENESIS;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sequence, hash FROM audit_event WHERE site = ? AND sequence > 0 ORDER BY sequence DESC LIMIT 1")) {
            ps.setString(1, site);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    sequence = rs.getLong(1);
                    hash = rs.getString(2);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head SET sequence = ?, hash = ? WHERE site = ?")) {
            ps.setLong(1, sequence);
            ps.setString(2, hash);
            ps.setString(3, site);
            ps.executeUpdate();
        }
    }
}
