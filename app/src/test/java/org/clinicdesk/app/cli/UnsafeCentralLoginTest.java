package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.clinicdesk.app.gui.testsupport.CentralTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logins and connections a desk must refuse before it sends or keeps anything, through the real command line: a
 * superuser (it sees every clinic), a login that belongs to no clinic, and a URL off this computer that does not ask
 * for verified TLS. Each exits 4 with a message that says what to use instead; no central.properties is written, no
 * store is created by a refused join, and nothing leaves the outbox.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnsafeCentralLoginTest {
    private static final String NOBODY = "cd_nobody_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private CentralTestDatabase central;
    private CliRun desk;

    @BeforeAll
    void start(@TempDir Path home) throws SQLException {
        central = CentralTestDatabase.create();
        try (Connection c = DriverManager.getConnection(central.url(), central.admin().user(), central.admin().password());
             Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + NOBODY + " LOGIN PASSWORD 'nobody-pass-1' IN ROLE clinicdesk_site");
        }
        desk = new CliRun(home.resolve("desk"));
        var init = desk.with(Map.of(CliEnvironment.PASSWORD, "admin-pass-1"), "init", "--site", "A", "--clinic",
                "Asha Clinic", "--admin", "admin");
        assertThat(init.exit()).as(init.toString()).isZero();
    }

    @AfterAll
    void stop() throws SQLException {
        try (Connection c = DriverManager.getConnection(central.url(), central.admin().user(), central.admin().password());
             Statement st = c.createStatement()) {
            st.execute("DROP ROLE IF EXISTS " + NOBODY);
        }
        central.close();
    }

    private long pending() {
        var doctor = desk.with(Map.of(), "doctor");
        return Long.parseLong(doctor.out().replaceAll("(?s).*(?:Central server: not set up: this desk works alone \\()"
                + "(\\d+).*", "$1"));
    }

    private void refusedAndNothingKept(CliRun.Result result, String reason) {
        assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(result.err()).contains(reason).contains("Nothing was saved");
        assertThat(desk.dataDir().resolve("central.properties")).doesNotExist();
    }

    @Test
    void aSuperuserLoginIsRefusedAndNotKept() {
        long before = pending();
        var result = desk.with(Map.of("CLINICDESK_CENTRAL_USER", central.admin().user(), "CLINICDESK_CENTRAL_PASSWORD",
                central.admin().password()), "sync", "--once", "--url", central.url(), "--save");
        refusedAndNothingKept(result, "is a superuser");
        assertThat(pending()).as("nothing left the outbox").isEqualTo(before).isPositive();
    }

    @Test
    void aLoginOfNoClinicIsRefusedAndNotKept() {
        var result = desk.with(Map.of("CLINICDESK_CENTRAL_USER", NOBODY, "CLINICDESK_CENTRAL_PASSWORD", "nobody-pass-1"),
                "sync", "--once", "--url", central.url(), "--save");
        refusedAndNothingKept(result, "belongs to no clinic site");
    }

    @Test
    void aPlainConnectionToAnotherComputerIsRefusedBeforeItIsTried() {
        var result = desk.with(Map.of("CLINICDESK_CENTRAL_USER", "cd_a_x", "CLINICDESK_CENTRAL_PASSWORD", "x"),
                "sync", "--once", "--url", "jdbc:postgresql://clinic-server.invalid:5432/clinicdesk?sslmode=prefer", "--save");
        refusedAndNothingKept(result, "sslmode=verify-full");
        assertThat(result.err()).contains("--insecure");
    }

    @Test
    void aJoinWithASuperuserLoginMakesNoStore(@TempDir Path elsewhere) {
        CliRun newDesk = new CliRun(elsewhere.resolve("b"));
        var result = newDesk.with(Map.of("CLINICDESK_CENTRAL_USER", central.admin().user(), "CLINICDESK_CENTRAL_PASSWORD",
                central.admin().password()), "init", "--join", central.url(), "--site", "B", "--save");
        assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(result.err()).contains("is a superuser");
        assertThat(newDesk.dataDir().resolve("clinicdesk.mv.db")).doesNotExist();
        assertThat(newDesk.dataDir().resolve("central.properties")).doesNotExist();
    }
}
