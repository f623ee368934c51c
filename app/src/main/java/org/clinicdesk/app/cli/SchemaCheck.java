package org.clinicdesk.app.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Whether the store's schema is current: opening the store has just run every migration, so what is left to see is
 * that Flyway's history records them all as applied, and which version the schema is at.
 */
final class SchemaCheck {
    private static final String NAME = "Store schema";

    private SchemaCheck() {
    }

    static DoctorCheck run(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            int applied;
            int failed;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END), 0) "
                    + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                rs.next();
                applied = rs.getInt(1);
                failed = rs.getInt(2);
            }
            String version;
            try (ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                    + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                version = rs.next() ? rs.getString(1) : "none";
            }
            if (failed > 0) {
                return DoctorCheck.failed(NAME, failed + " migration(s) failed; restore the latest backup");
            }
            return applied == 0 ? DoctorCheck.failed(NAME, "no migration has been applied")
                    : DoctorCheck.passed(NAME, "opens; migrations current (version " + version + ", " + applied + " applied)");
        } catch (SQLException e) {
            return DoctorCheck.failed(NAME, "cannot read the migration history (" + e.getMessage() + ")");
        }
    }
}
