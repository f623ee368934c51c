package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CentralRowLevelSecurityTest {
    private static final UUID CLINIC_X = UUID.randomUUID();
    private static final UUID CLINIC_Y = UUID.randomUUID();
    private static PgTestDatabase db;
    private static CentralServer siteX;
    private static CentralServer siteY;
    private static final UUID ROW_OF_Y = UUID.randomUUID();

    @BeforeAll
    static void start() throws SQLException {
        db = PgTestDatabase.create();
        siteX = db.site(CLINIC_X, "A");
        siteY = db.site(CLINIC_Y, "A");
        try (Connection c = siteY.connect()) {
            insertHistory(c, ROW_OF_Y, CLINIC_Y);
        }
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static void insertHistory(Connection c, UUID id, UUID clinic) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO history_entry (id, clinic_id, site, version, "
                + "patient_id, kind, summary, details, source, recorded_by, recorded_at) "
                + "VALUES (?, ?, 'A', '000000000001000-000000-A', ?, 'DIAGNOSIS', 'Asthma', '', 'test', 'doc', 1700000000000000000)")) {
            ps.setObject(1, id);
            ps.setObject(2, clinic);
            ps.setObject(3, UUID.randomUUID());
            ps.executeUpdate();
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void siteRolesAreNotSuperusersAndDoNotBypassSecurity() throws SQLException {
        try (Connection c = siteX.connect()) {
            assertThat(count(c, "SELECT count(*) FROM pg_roles WHERE rolname = current_user AND NOT rolsuper "
                    + "AND NOT rolbypassrls")).isEqualTo(1);
        }
    }

    @Test
    void clinicXCannotReadClinicYRows() throws SQLException {
        try (Connection x = siteX.connect(); Connection y = siteY.connect()) {
            assertThat(count(x, "SELECT count(*) FROM history_entry WHERE id = '" + ROW_OF_Y + "'")).isZero();
            assertThat(count(y, "SELECT count(*) FROM history_entry WHERE id = '" + ROW_OF_Y + "'")).isEqualTo(1);
        }
    }

    @Test
    void clinicXCannotUpdateClinicYRows() throws SQLException {
        try (Connection x = siteX.connect(); Statement st = x.createStatement()) {
            assertThat(st.executeUpdate("UPDATE history_entry SET summary = 'changed' WHERE id = '" + ROW_OF_Y + "'"))
                    .isZero();
        }
        try (Connection admin = db.adminConnection()) {
            assertThat(count(admin, "SELECT count(*) FROM history_entry WHERE summary = 'Asthma'")).isEqualTo(1);
        }
    }

    @Test
    void clinicXCannotWriteRowsIntoClinicY() throws SQLException {
        try (Connection x = siteX.connect()) {
            assertThatThrownBy(() -> insertHistory(x, UUID.randomUUID(), CLINIC_Y))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        }
    }

    @Test
    void siteRolesCannotDeleteRowsOrReadTheRegistry() throws SQLException {
        try (Connection y = siteY.connect(); Statement st = y.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM history_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        try (Connection y = siteY.connect(); Statement st = y.createStatement()) {
            assertThatThrownBy(() -> st.executeQuery("SELECT * FROM site_registry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void clinicXSeesNoneOfClinicYsFeedOrClock() throws SQLException {
        try (Connection x = siteX.connect()) {
            assertThat(count(x, "SELECT count(*) FROM feed_clock")).isEqualTo(1);
            assertThat(count(x, "SELECT count(*) FROM feed_clock WHERE clinic_id = '" + CLINIC_Y + "'")).isZero();
        }
    }
}
