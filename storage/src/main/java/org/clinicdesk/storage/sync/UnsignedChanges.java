package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.core.sync.SyncRow;
import org.clinicdesk.storage.keys.SignedRows;

/**
 * Central rows that a desk will not take over: a user change or audit event without a valid signature of the desk
 * that stamped it (made with a desk's central login but without that desk's key). The desk keeps what it had, lists
 * the change among the sync's conflicts, and reports it to the server for the clinic's review.
 */
final class UnsignedChanges {
    private final DeskKeyRing keys;
    private final List<SyncRow> refused = new ArrayList<>();

    UnsignedChanges(DeskKeyRing keys) {
        this.keys = keys;
    }

    /** True when {@code row} must not be applied; then it is listed in {@code conflicts}. */
    boolean refuse(SyncRow row, List<String> conflicts) {
        if (!SignedRows.signed(row.table()) || keys.trusts(row)) {
            return false;
        }
        refused.add(row);
        conflicts.add(detail(row));
        return true;
    }

    private static String detail(SyncRow row) {
        return row.table() + " " + row.id() + " changed as site " + row.version().site() + " (version " + row.version()
                + ") carries no valid signature of that desk's key; this desk refused it and kept what it had";
    }

    /** Lists the refused rows on the server (autocommit; a failure here is retried at the next sync). */
    void report(Connection central) throws SQLException {
        if (refused.isEmpty()) {
            return;
        }
        boolean autoCommit = central.getAutoCommit();
        central.setAutoCommit(true);
        try (PreparedStatement ps = central.prepareStatement("SELECT cd_report_refused(?, ?, ?, ?)")) {
            for (SyncRow row : refused) {
                ps.setString(1, row.table());
                ps.setObject(2, row.id());
                ps.setString(3, row.version().site());
                ps.setString(4, detail(row));
                ps.executeQuery().close();
            }
        } finally {
            central.setAutoCommit(autoCommit);
        }
        refused.clear();
    }
}
