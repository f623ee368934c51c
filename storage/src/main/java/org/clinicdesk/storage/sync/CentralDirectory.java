package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.site.ClinicSetting;
import org.clinicdesk.core.sync.SyncProtocol;
import org.clinicdesk.core.sync.SyncRefusedException;

/**
 * What a desk that joins a clinic reads from the central server before it has a store: that the server carries a
 * compatible ClinicDesk schema, the clinic's name, how many records wait for it, and a clinic user's sign-in record
 * (for an administrator's re-join). Every query runs as the site's own login, so row-level security limits it to
 * that clinic.
 */
public final class CentralDirectory {
    private CentralDirectory() {
    }

    /** A clinic user as the server holds it. */
    public record CentralUser(String username, String role, String passwordHash, boolean active) {
    }

    public static void checkSchema(Connection central) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement(
                "SELECT protocol_version, schema_version FROM sync_meta WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SyncRefusedException(SyncRefusedException.Reason.SCHEMA_VERSION,
                        "The central database has no ClinicDesk schema; run 'clinicdesk central init' first.");
            }
            SyncProtocol.checkCompatible(rs.getInt(1), rs.getInt(2));
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                throw new SyncRefusedException(SyncRefusedException.Reason.SCHEMA_VERSION, "The database at this URL "
                        + "has no ClinicDesk schema; check the URL, or run 'clinicdesk central init' there first.");
            }
            throw e;
        }
    }

    public static Optional<String> clinicName(Connection central, UUID clinicId) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement(
                "SELECT setting_value FROM clinic_setting WHERE clinic_id = ? AND setting_name = ? AND NOT deleted")) {
            ps.setObject(1, clinicId);
            ps.setString(2, ClinicSetting.CLINIC_NAME.key());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)).filter(n -> !n.isBlank()) : Optional.empty();
            }
        }
    }

    /** Records in the clinic's change feed: what a new desk will pull. */
    public static long feedSize(Connection central, UUID clinicId) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement("SELECT count(*) FROM change_feed WHERE clinic_id = ?")) {
            ps.setObject(1, clinicId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static Optional<CentralUser> user(Connection central, UUID clinicId, String username) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement("SELECT username, role, password_hash, active FROM app_user "
                + "WHERE clinic_id = ? AND username = ? AND NOT deleted")) {
            ps.setObject(1, clinicId);
            ps.setString(2, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new CentralUser(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4))) : Optional.empty();
            }
        }
    }
}
