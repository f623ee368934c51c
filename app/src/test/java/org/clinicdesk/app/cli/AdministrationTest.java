package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import org.clinicdesk.storage.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init run twice, audit verify on an intact and a tampered chain, and the doctor's checklist. */
class AdministrationTest {
    @TempDir
    Path home;

    @Test
    void initAgainUpgradesWithoutASecondAdminOrAnotherSite() {
        ClinicDay day = ClinicDay.initialised(home.resolve("data"));

        var again = day.cli.with(Map.of(CliEnvironment.PASSWORD, "another-password"),
                "init", "--site", "a", "--clinic", "Sunrise Clinic", "--admin", "root");

        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).contains("already initialised for site A").contains("no user was added");
        StoreDump dump = StoreDump.of(day.cli.dataDir());
        assertThat(dump.table("app_user")).extracting(u -> u.get("username"))
                .containsExactlyInAnyOrder("admin", "doctor1", "nurse1", "desk1");
        assertThat(dump.table("site_settings")).singleElement().satisfies(s -> assertThat(s.get("site")).isEqualTo("A"));
        assertThat(day.cli.as("root", "another-password", "queue", "list").exit()).isEqualTo(ExitCode.SIGN_IN_FAILED);
    }

    @Test
    void initRefusesATooShortAdminPasswordAndLeavesNoSiteBehind() {
        CliRun cli = new CliRun(home.resolve("data"));

        var result = cli.with(Map.of(CliEnvironment.PASSWORD, "short"),
                "init", "--site", "A", "--clinic", "Sunrise Clinic", "--admin", "admin");

        assertThat(result.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).contains("password");
        assertThat(StoreDump.of(cli.dataDir()).table("site_settings")).isEmpty();
    }

    @Test
    void auditVerifyFindsTheFirstTamperedEvent() throws SQLException {
        ClinicDay day = ClinicDay.initialised(home.resolve("data"));
        assertThat(day.ok(day.admin("audit", "verify"))).contains("Site A: intact");
        try (LocalStore store = LocalStore.open(day.cli.dataDir(), Clock.systemDefaultZone());
             Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE audit_event SET detail = 'nothing happened' WHERE sequence = 3")).isEqualTo(1);
        }

        var verify = day.admin("audit", "verify");
        var doctor = day.cli.with(Map.of(), "doctor");

        assertThat(verify.exit()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(verify.out()).contains("Site A: BROKEN at event 3").contains("changed");
        assertThat(doctor.exit()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(doctor.out()).contains("[FAIL] Audit chain of site A");
    }

    @Test
    void recordsChangedWithoutAnEventAreCaughtByAuditVerifyAndTheDoctor() throws SQLException {
        ClinicDay day = ClinicDay.initialised(home.resolve("data"));
        String uhid = day.register("Asha Verma", "1980-02-29", "F");
        String note = day.ok(day.doctor("note", "add", uhid, "--subjective", "Fever 3 days", "--assessment",
                "Viral fever", "--sign", "--json"));
        day.ok(day.doctor("history", "add", uhid, "--kind", "diagnosis", "--summary", "Asthma", "--date", "2020-01-01"));
        assertThat(day.ok(day.admin("audit", "verify"))).contains("Site A: intact", "Records: all ")
                .contains("match their audit events");

        // Someone holding the data folder and this computer's key changes records with SQL, without any event: the
        // chain itself stays intact, the records no longer match what their events vouched for.
        try (LocalStore store = LocalStore.open(day.cli.dataDir(), Clock.systemDefaultZone());
             Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE patient SET phone = '9999999999' WHERE uhid = '" + uhid + "'")).isEqualTo(1);
            assertThat(s.executeUpdate("UPDATE app_user SET role = 'ADMIN' WHERE username = 'desk1'")).isEqualTo(1);
            s.execute("DROP TRIGGER soap_note_signed_guard");
            assertThat(s.executeUpdate("UPDATE soap_note SET assessment = 'Nothing wrong' WHERE status = 'SIGNED'"))
                    .isEqualTo(1);
            s.execute("CREATE LOCAL TEMPORARY TABLE forged AS SELECT * FROM app_user WHERE username = 'admin'");
            s.execute("UPDATE forged SET id = RANDOM_UUID(), username = 'mallory', display_name = 'Mallory'");
            assertThat(s.executeUpdate("INSERT INTO app_user SELECT * FROM forged")).isEqualTo(1);
        }

        var verify = day.admin("audit", "verify");
        var doctor = day.cli.with(Map.of(), "doctor");

        assertThat(verify.exit()).as(verify.toString()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(verify.out()).contains("Site A: intact", "Records: 4 DIFFER from their audit events")
                .containsPattern("patient [0-9a-f-]{36}: phone matches no audit event")
                .containsPattern("app_user [0-9a-f-]{36}: role matches no audit event")
                .containsPattern("soap_note [0-9a-f-]{36}: assessment matches no audit event")
                .containsPattern("app_user [0-9a-f-]{36}: no audit event made or changed it");
        assertThat(note).contains("SIGNED");
        assertThat(doctor.exit()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(doctor.out()).contains("[FAIL] Records against the audit trail: 4 differ");
    }

    @Test
    void onlyAnAdminMayVerifyTheAuditTrail() {
        ClinicDay day = ClinicDay.initialised(home.resolve("data"));

        var result = day.doctor("audit", "verify");

        assertThat(result.exit()).isEqualTo(ExitCode.PERMISSION_DENIED);
        assertThat(result.err()).contains("may not review the audit trail");
    }

    @Test
    void doctorPassesOnAHealthyStore() {
        ClinicDay day = ClinicDay.initialised(home.resolve("data"));

        var result = day.cli.with(Map.of(), "doctor");

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.out()).contains("[ok]   Java version", "[ok]   Data directory", "[ok]   Free disk space",
                "[ok]   Store schema: opens; migrations current", "[ok]   Clinic: Sunrise Clinic (id ",
                "[ok]   Site: A, this desk", "[info] Central server: not set up",
                "[ok]   Audit chain of site A: intact", "Tesseract", "All required checks passed.");
    }

    @Test
    void doctorFailsWhenThereIsNoDataDirectory() {
        CliRun cli = new CliRun(home.resolve("missing"));

        var result = cli.with(Map.of(), "doctor");

        assertThat(result.exit()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(result.out()).contains("[FAIL] Data directory").contains("does not exist");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        ClinicDay day = ClinicDay.initialised(home.resolve("data"));
        for (int i = 0; i < 5; i++) {
            assertThat(day.cli.as("nurse1", "wrong-password", "queue", "list").exit()).isEqualTo(ExitCode.SIGN_IN_FAILED);
        }

        var result = day.nurse("queue", "list");

        assertThat(result.exit()).isEqualTo(ExitCode.SIGN_IN_FAILED);
        assertThat(result.err()).contains("locked");
    }

    @Test
    void anUnexpectedFailureIsShortOnScreenWithTheStackTraceInTheLog() throws Exception {
        Path data = Files.createDirectories(home.resolve("data"));
        Files.write(data.resolve("clinicdesk.mv.db"), "this is not a database".repeat(400).getBytes(StandardCharsets.UTF_8));
        CliRun cli = new CliRun(data);

        var result = cli.as("admin", "admin-pass-1", "queue", "list");

        assertThat(result.exit()).isEqualTo(ExitCode.UNEXPECTED);
        assertThat(result.err()).startsWith("Error: something unexpected went wrong").contains("clinicdesk.log")
                .doesNotContain("\tat ");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(Files.readString(data.resolve("logs").resolve("clinicdesk.log"))).contains("\tat org.");
    }

    @Test
    void aScriptWithoutAPasswordIsToldWhereToPutIt() {
        ClinicDay day = ClinicDay.initialised(home.resolve("data"));

        var result = day.cli.with(Map.of(CliEnvironment.USER, "nurse1"), "queue", "list");

        assertThat(result.exit()).isEqualTo(ExitCode.SIGN_IN_FAILED);
        assertThat(result.err()).contains("CLINICDESK_PASSWORD");
    }
}
