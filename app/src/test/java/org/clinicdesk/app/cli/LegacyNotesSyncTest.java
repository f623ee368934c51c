package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.fhir.FhirImportService;
import org.clinicdesk.core.imports.ImportProgress;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.sync.CentralSchema;
import org.clinicdesk.storage.sync.CentralServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What the legacy import stores syncs like any desk's records: the central server's merge accepts signed notes
 * with their original, past times and past queue visits, with no conflict.
 */
class LegacyNotesSyncTest {
    private static final String PG = env("CLINICDESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = env("CLINICDESK_TEST_PG_USER", "clinicdesk_test");
    private static final String PASSWORD = env("CLINICDESK_TEST_PG_PASSWORD", "clinicdesk_test");
    private static final UUID CLINIC = UUID.randomUUID();
    @TempDir
    Path dir;
    private String database;
    private String role;

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private String url() {
        return PG.substring(0, PG.lastIndexOf('/') + 1) + database;
    }

    @BeforeEach
    void createDatabase() throws SQLException {
        database = "cd_legacy_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(PG, USER, PASSWORD); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + database);
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(PG, USER, PASSWORD); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            if (role != null) {
                st.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    @Test
    void importedSignedNotesWithTheirOriginalTimesAndPastVisitsArePushedWithoutConflict() throws Exception {
        StringWriter initErr = new StringWriter();
        int init = new CommandLine(new CentralCommand()).setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(initErr)).execute("init", "--url", url() + "?user=" + USER + "&password=" + PASSWORD);
        assertThat(init).as(initErr.toString()).isZero();
        role = new CentralSchema(new CentralServer(url(), USER, PASSWORD)).addSite(CLINIC, SiteCode.of("A"), "desk-password");
        try (LocalStore store = LocalStore.open(dir, Clock.systemDefaultZone())) {
            store.initialise(new SiteSettings(SiteCode.of("A"), "Green Valley", CLINIC));
            Actor admin = new Actor(UUID.randomUUID(), "admin", Role.ADMIN, SiteCode.of("A"));
            var report = ClinicServices.over(store).legacyImport().importExport(admin,
                    SharedData.dir("legacy-json/sample").toAbsolutePath(), FhirImportService.Mode.STORE, ImportProgress.NONE);
            assertThat(report.totals().get("note").stored()).isEqualTo(2);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new SyncCommand(() -> Optional.of(dir), Map.of("CLINICDESK_CENTRAL_USER", role,
                "CLINICDESK_CENTRAL_PASSWORD", "desk-password"))).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("--once", "--url", url(), "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode sync = new ObjectMapper().readTree(out.toString());
        assertThat(sync.get("conflicts").asInt()).isZero();
        assertThat(sync.get("pending").asInt()).isZero();
        try (Connection c = DriverManager.getConnection(url(), USER, PASSWORD); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT author, status, signed_at FROM soap_note WHERE clinic_id = '"
                    + CLINIC + "' ORDER BY signed_at")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("legacy/nurse_rekha");
                assertThat(rs.getString(2)).isEqualTo("SIGNED");
                // the central schema keeps instants as a count since the epoch (cd_instant)
                java.time.Instant signed = LocalDateTime.parse("2025-11-01T09:45:00").atZone(ZoneId.systemDefault()).toInstant();
                long micros = signed.getEpochSecond() * 1_000_000L;
                assertThat(rs.getLong(3)).isIn(signed.toEpochMilli(), micros, micros * 1000);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("legacy/unknown");
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*), min(service_date) FROM queue_entry")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4);
                assertThat(rs.getString(2)).isEqualTo("2025-11-01");
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sync_conflict")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }
}
