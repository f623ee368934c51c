package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.storage.LocalStore;

/**
 * After a desk has pulled the clinic's records on joining, its own counters continue above everything the server
 * has seen of its site: the UHID serial, today's queue tokens and its audit chain. For a new site these are all
 * empty; for a site re-joined after a lost disk they keep the new store from issuing a UHID, token or audit
 * sequence number that the old store already used.
 */
public final class SiteCounters {
    private static final Pattern TOKEN = Pattern.compile("[A-Z][A-Z0-9]{0,3}-(\\d{1,5})");

    private SiteCounters() {
    }

    public static void continueAfterPull(LocalStore store, SiteCode site, SiteCode tokenPrefix, LocalDate today) {
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            long uhidSerial = highestUhidSerial(c, site);
            raise(c, "uhid", uhidSerial);
            raise(c, "token:" + today, highestTokenToday(c, tokenPrefix, today));
            adoptOwnAuditChain(c, site);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not continue site " + site + "'s counters: " + e.getMessage(), e);
        }
    }

    private static long highestUhidSerial(Connection c, SiteCode site) throws SQLException {
        // UHIDs read SITE-NNNNNN-K; the serial is the middle part.
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(CAST(SUBSTRING(uhid, ?, 6) AS BIGINT)) FROM patient WHERE uhid LIKE ?")) {
            ps.setInt(1, site.value().length() + 2);
            ps.setString(2, site.value() + "-______-_");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long highestTokenToday(Connection c, SiteCode prefix, LocalDate today) throws SQLException {
        long highest = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT token FROM queue_entry WHERE service_date = ? AND token LIKE ?")) {
            ps.setObject(1, today);
            ps.setString(2, prefix.value() + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Matcher m = TOKEN.matcher(rs.getString(1));
                    if (m.matches()) {
                        highest = Math.max(highest, Long.parseLong(m.group(1)));
                    }
                }
            }
        }
        return highest;
    }

    private static void raise(Connection c, String counter, long atLeast) throws SQLException {
        if (atLeast <= 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO sequence_counter t USING (VALUES (CAST(? AS VARCHAR(100)), CAST(? AS BIGINT))) s(name, v) "
                        + "ON t.name = s.name WHEN MATCHED AND t.last_value < s.v THEN UPDATE SET last_value = s.v "
                        + "WHEN NOT MATCHED THEN INSERT (name, last_value) VALUES (s.name, s.v)")) {
            ps.setString(1, counter);
            ps.setLong(2, atLeast);
            ps.executeUpdate();
        }
    }

    /** The site's own chain head moves to the newest of its events that came back from the server. */
    private static void adoptOwnAuditChain(Connection c, SiteCode site) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head h SET (sequence, hash) = "
                + "(SELECT e.sequence, e.hash FROM audit_event e WHERE e.site = h.site ORDER BY e.sequence DESC LIMIT 1) "
                + "WHERE h.site = ? AND h.sequence < (SELECT COALESCE(MAX(sequence), 0) FROM audit_event WHERE site = ?)")) {
            ps.setString(1, site.value());
            ps.setString(2, site.value());
            ps.executeUpdate();
        }
    }
}
