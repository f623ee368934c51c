package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.clinicdesk.core.sync.SyncRow;
import org.clinicdesk.storage.keys.SignedRows;

/**
 * Central rows that a desk will not take over: a user change or audit event without a valid signature of the desk
 * that stamped it (made with a desk's central login but without that desk's key). The desk keeps what it had, lists
 * the change among the sync's conflicts, and reports it to the server for the clinic's review.
 */
final class UnsignedChanges {
    private DeskKeyRing keys;
    private final List<Refused> refused = new ArrayList<>();

    UnsignedChanges(DeskKeyRing keys) {
        this.keys = keys;
    }

    /** The keys as the server has them now (read in the same snapshot as the feed batch they judge). */
    void useKeys(DeskKeyRing current) {
        this.keys = current;
    }

    /**
     * True when {@code row} must not be applied; then it is listed in {@code conflicts}. {@code feedPosition}: where
     * the row stands in the clinic's feed, empty when it did not come from the feed (then retired keys do not count).
     */
    boolean refuse(SyncRow row, OptionalLong feedPosition, List<String> conflicts) {
        if (!SignedRows.signed(row.table()) || keys.trusts(row, feedPosition)) {
            return false;
        }
        String detail = row.table() + " " + row.id() + " changed as site " + row.version().site() + " (version "
                + row.version() + ") carries no valid signature of that desk's key"
                + (keys.signedByRetiredKey(row, feedPosition) ? " (only of the key of a desk released on the server, "
                + "which no longer vouches for changes)" : "") + "; this desk refused it and kept what it had";
        refused.add(new Refused(row, detail));
        conflicts.add(detail);
        return true;
    }

    private record Refused(SyncRow row, String detail) {
    }

    /** Lists the refused rows on the server (autocommit; a failure here is retried at the next sync). */
    void report(Connection central) throws SQLException {
        if (refused.isEmpty()) {
            return;
        }
        boolean autoCommit = central.getAutoCommit();
        central.setAutoCommit(true);
        try (PreparedStatement ps = central.prepareStatement("SELECT cd_report_refused(?, ?, ?, ?)")) {
            for (Refused r : refused) {
                ps.setString(1, r.row().table());
                ps.setObject(2, r.row().id());
                ps.setString(3, r.row().version().site());
                ps.setString(4, r.detail());
                ps.executeQuery().close();
            }
        } finally {
            central.setAutoCommit(autoCommit);
        }
        refused.clear();
    }
}
