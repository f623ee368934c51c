package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.storage.LocalStore;

/**
 * The check a hash chain cannot make on its own: that the records stand as the audit trail says the changes left
 * them. Every audit event that changed a record carries that record's column digests ({@link RowDigest}); here each
 * audited record's columns must each match the digest of some change event of that record, from any site. A record
 * with no change event at all must not exist where every record is made by an audited change (users, patients,
 * queue entries, vitals, signed notes). Events from before digests (empty) vouch for nothing and excuse their record.
 * Draft notes are left out: autosave changes them without an event, and a draft is not yet part of the record.
 */
public final class RecordsAgainstAudit {
    /** What the check found: how many records it compared, and each one that differs (empty when all match). */
    public record Result(int recordsChecked, List<String> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private static final Set<String> MADE_ONLY_BY_AUDITED_CHANGES =
            Set.of("app_user", "patient", "queue_entry", "vitals", "soap_note");
    private static final int MAX_LISTED = 50;

    private RecordsAgainstAudit() {
    }

    public static Result check(LocalStore store) {
        try (Connection local = store.dataSource().getConnection()) {
            return check(local);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compare the records with the audit trail: " + e.getMessage(), e);
        }
    }

    static Result check(Connection local) throws SQLException {
        Map<String, Map<String, Set<String>>> vouched = new HashMap<>();
        Set<String> described = new HashSet<>();
        try (PreparedStatement ps = local.prepareStatement("SELECT entity_type, entity_id, action, row_digest FROM audit_event");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String key = rs.getString(1) + '\u0000' + rs.getString(2);
                if (!changes(rs.getString(3))) {
                    continue;
                }
                described.add(key);
                Map<String, Set<String>> columns = vouched.computeIfAbsent(key, k -> new HashMap<>());
                RowDigest.parse(rs.getString(4)).forEach((column, digest) ->
                        columns.computeIfAbsent(column, c -> new HashSet<>()).add(digest));
            }
        }
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (RowDigest.Audited audited : RowDigest.audited()) {
            List<String> columns = RowDigest.columns(local, audited.table());
            String where = audited.table().equals("soap_note") ? " WHERE status = 'SIGNED'" : "";
            try (PreparedStatement ps = local.prepareStatement("SELECT id, deleted, " + String.join(", ", columns) + ", "
                    + audited.keyColumn() + " FROM " + audited.table() + where); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    checked++;
                    String entityKey = rs.getString(columns.size() + 3);
                    String key = audited.entityType() + '\u0000' + entityKey;
                    Map<String, Set<String>> byColumn = vouched.get(key);
                    String what = audited.table() + " " + entityKey;
                    if (byColumn == null) {
                        if (!described.contains(key) && MADE_ONLY_BY_AUDITED_CHANGES.contains(audited.table())) {
                            problems.add(what + ": no audit event made or changed it (written outside ClinicDesk)");
                        }
                        continue;
                    }
                    if (byColumn.isEmpty()) {
                        continue; // changed only by events from before digests
                    }
                    Set<String> differing = new TreeSet<>();
                    RowDigest.digests(audited.table(), rs, columns).forEach((column, digest) -> {
                        if (!byColumn.getOrDefault(column, Set.of()).contains(digest)) {
                            differing.add(column);
                        }
                    });
                    if (!differing.isEmpty()) {
                        problems.add(what + ": " + String.join(", ", differing) + " matches no audit event of it "
                                + "(changed without an event, outside ClinicDesk)");
                    }
                }
            }
        }
        if (problems.size() > MAX_LISTED) {
            int more = problems.size() - MAX_LISTED;
            List<String> listed = new ArrayList<>(problems.subList(0, MAX_LISTED));
            listed.add("... and " + more + " more");
            return new Result(checked, listed);
        }
        return new Result(checked, problems);
    }

    private static boolean changes(String action) {
        try {
            return AuditAction.valueOf(action).changesRecord();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
