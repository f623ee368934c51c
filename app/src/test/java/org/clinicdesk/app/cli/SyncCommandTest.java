package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.sync.CentralSchema;
import org.clinicdesk.storage.sync.CentralServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SyncCommandTest {
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
        database = "cd_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
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

    /** Runs a command and returns exit code, stdout and stderr. */
    private static String[] run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    /** The highest version among the central migrations this build ships (the schema version init must reach). */
    private static int newestCentralMigration() {
        try {
            java.net.URI dir = SyncCommandTest.class.getClassLoader().getResource("db/migration/central").toURI();
            if ("jar".equals(dir.getScheme())) { // the storage jar, when the build runs 'verify'
                try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(dir, Map.of())) {
                    return newestIn(jar.getPath("db/migration/central"));
                }
            }
            return newestIn(java.nio.file.Path.of(dir));
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int newestIn(java.nio.file.Path folder) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }

    private void initCentralAndDesktop() {
        String[] init = run(new CentralCommand(), "init", "--url", url() + "?user=" + USER + "&password=" + PASSWORD, "--json");
        assertThat(init[0]).as(init[2]).isEqualTo("0");
        assertThat(init[1]).contains("\"schemaVersion\":\"" + newestCentralMigration() + "\"", "\"ssl\":",
                "\"hostsslRules\":", "\"tlsEnforced\":");
        role = new CentralSchema(new CentralServer(url(), USER, PASSWORD)).addSite(CLINIC, SiteCode.of("A"), "desk-password");
        try (LocalStore store = LocalStore.open(dir, Clock.systemUTC())) {
            store.initialise(new SiteSettings(SiteCode.of("A"), "Green Valley", CLINIC));
            Patient p = new Patient(store.context().ids().newId(), new Uhid(SiteCode.of("A"), 1), PersonName.parse("Asha Rao"),
                    new DateOfBirth(LocalDate.of(1980, 1, 2), false), Sex.F, null, "1 Market Road", List.of(), PatientStatus.ACTIVE);
            store.context().tx().run(() -> store.patients().save(p));
        }
    }

    private SyncCommand sync() {
        return new SyncCommand(() -> Optional.of(dir), Map.of("CLINICDESK_CENTRAL_USER", role,
                "CLINICDESK_CENTRAL_PASSWORD", "desk-password"));
    }

    @Test
    void centralInitThenSyncOncePrintsTheFiguresAsOneJsonDocument() throws Exception {
        initCentralAndDesktop();
        String[] unsaved = run(sync(), "--once", "--url", url(), "--json");
        assertThat(unsaved[0]).as(unsaved[2]).isEqualTo("0");
        assertThat(dir.resolve("central.properties")).as("kept only with --save").doesNotExist();
        try (Connection c = DriverManager.getConnection(url(), USER, PASSWORD); Statement st = c.createStatement()) {
            st.execute("TRUNCATE change_feed"); // start the figures again
        }
        try (LocalStore store = LocalStore.open(dir, Clock.systemUTC())) {
            store.context().tx().run(() -> store.patients().save(new Patient(store.context().ids().newId(),
                    new Uhid(SiteCode.of("A"), 2), PersonName.parse("Ravi Rao"), new DateOfBirth(LocalDate.of(1981, 1, 2),
                    false), Sex.M, null, "1 Market Road", List.of(), PatientStatus.ACTIVE)));
        }
        String[] first = run(sync(), "--once", "--url", url(), "--json", "--save");
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        assertThat(java.nio.file.Files.getPosixFilePermissions(dir.resolve("central.properties")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        JsonNode report = new ObjectMapper().readTree(first[1]);
        assertThat(report.get("pushed").asInt()).isEqualTo(1);
        assertThat(report.get("pending").asInt()).isZero();
        assertThat(report.get("conflicts").asInt()).isZero();

        String[] again = run(sync(), "--once", "--json");
        assertThat(again[0]).as("the URL is remembered: " + again[2]).isEqualTo("0");
        assertThat(new ObjectMapper().readTree(again[1]).get("pushed").asInt()).isZero();
    }

    @Test
    void aRefusedSyncExitsNonZeroWithTheReasonOnStderrAndNothingOnStdout() throws Exception {
        // a central database of a newer release than this program (whatever this program's version is)
        final int newerSchema = org.clinicdesk.core.sync.SyncProtocol.SCHEMA_VERSION + 1;
        initCentralAndDesktop();
        try (Connection c = DriverManager.getConnection(url(), USER, PASSWORD); Statement st = c.createStatement()) {
            st.execute("UPDATE sync_meta SET schema_version = " + newerSchema);
        }
        String[] result = run(sync(), "--once", "--url", url(), "--json");
        assertThat(result[0]).isEqualTo("4");
        assertThat(result[1]).isEmpty();
        assertThat(result[2]).contains("schema version " + newerSchema);
    }

    @Test
    void centralInitCreatesOneLoginPerSiteThatSeesOnlyItsClinic() throws SQLException {
        String[] twoAtOnce = run(new CentralCommand(Map.of("CLINICDESK_CENTRAL_USER", USER, "CLINICDESK_CENTRAL_PASSWORD",
                PASSWORD, "CLINICDESK_NEW_PASSWORD", "site-password-9")), "init", "--url", url(), "--clinic-id",
                CLINIC.toString(), "--site", "A", "--site", "B", "--json");
        assertThat(twoAtOnce[0]).as("one password per site").isEqualTo("2");
        assertThat(twoAtOnce[2]).contains("one password per site");
        String[] init = run(new CentralCommand(Map.of("CLINICDESK_CENTRAL_USER", USER, "CLINICDESK_CENTRAL_PASSWORD", PASSWORD,
                "CLINICDESK_NEW_PASSWORD", "site-password-9")), "init", "--url", url(), "--clinic-id", CLINIC.toString(),
                "--site", "A", "--json");
        String[] addB = run(new CentralCommand(Map.of("CLINICDESK_CENTRAL_USER", USER, "CLINICDESK_CENTRAL_PASSWORD", PASSWORD,
                "CLINICDESK_NEW_PASSWORD", "site-password-8")), "add-site", "--url", url(), "--clinic-id",
                CLINIC.toString(), "--site", "B");
        assertThat(init[0]).as(init[2]).isEqualTo("0");
        JsonNode roles;
        try {
            roles = new ObjectMapper().readTree(init[1]).get("roles");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(roles).hasSize(1);
        role = roles.get(0).asText();
        String second = addB[1].strip();
        assertThat(role).isEqualTo("cd_a_" + CLINIC.toString().replace("-", ""));
        assertThat(second).isEqualTo("cd_b_" + CLINIC.toString().replace("-", ""));
        try (Connection c = DriverManager.getConnection(url(), role, "site-password-9"); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT cd_current_clinic(), (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)")) {
            rs.next();
            assertThat(rs.getObject(1, UUID.class)).isEqualTo(CLINIC);
            assertThat(rs.getBoolean(2)).isFalse();
        } finally {
            try (Connection c = DriverManager.getConnection(PG, USER, PASSWORD); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                st.execute("DROP ROLE IF EXISTS " + second);
            }
        }
    }

    @Test
    void centralInitOfAnUnreachableServerSaysSo() {
        String[] result = run(new CentralCommand(), "init", "--url", "jdbc:postgresql://127.0.0.1:1/nothing");
        assertThat(result[0]).isNotEqualTo("0");
        assertThat(result[2]).startsWith("Error: central server:").contains("127.0.0.1:1");
    }
}
