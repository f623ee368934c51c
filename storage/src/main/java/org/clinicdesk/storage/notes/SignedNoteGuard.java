package org.clinicdesk.storage.notes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2 trigger (created by migration V2) that makes the database itself refuse changes to the clinical record:
 * on {@code soap_note}, UPDATE or DELETE of a row whose status is SIGNED (a draft may still be edited and signed);
 * on {@code note_amendment}, any UPDATE or DELETE (amendments are append-only).
 */
public final class SignedNoteGuard implements Trigger {
    private static final String SIGNED = "SIGNED";
    private String table;
    private int statusIndex = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        table = tableName.toLowerCase(Locale.ROOT);
        if ("soap_note".equals(table)) {
            statusIndex = columnIndex(conn, schemaName, tableName, "STATUS");
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null) {
            return;
        }
        String what = newRow == null ? "deleted" : "changed";
        if ("note_amendment".equals(table)) {
            throw new SQLException("Note amendment " + oldRow[0] + " cannot be " + what
                    + ": amendments are part of the signed record.", "45000");
        }
        if (statusIndex >= 0 && SIGNED.equals(oldRow[statusIndex])) {
            throw new SQLException("Signed note " + oldRow[0] + " cannot be " + what
                    + "; corrections are amendments.", "45000");
        }
    }

    private static int columnIndex(Connection conn, String schema, String table, String column) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            ps.setString(3, column);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("Table " + table + " has no column " + column);
                }
                return rs.getInt(1) - 1;
            }
        }
    }
}
