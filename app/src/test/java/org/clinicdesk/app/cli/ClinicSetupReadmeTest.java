package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.clinicdesk.app.gui.testsupport.CentralTestDatabase;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.audit.AuditChain;
import org.clinicdesk.core.audit.AuditEvent;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.keys.DeskKeys;
import org.clinicdesk.storage.keys.SignedRows;
import org.clinicdesk.storage.sync.CentralSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Set up a clinic" block, run exactly as written by bash through the real {@code ./clinicdesk} script
 * against a throwaway database on the test PostgreSQL server: a central server, desk A made, desks B and C joined.
 * Then the clinic works as one through the command line and syncs: a patient registered at A is queued at B, triaged
 * at C and seen at A; a user added at A signs in at C; a password changed at B works at A; a user disabled at C can
 * no longer sign in at A; a second store claiming site B is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClinicSetupReadmeTest {
    private static final String ADMIN_PASSWORD = "admin-pass-1";
    private static final String NURSE_PASSWORD = "nurse-pass-1";
    private static final String DOCTOR_PASSWORD = "doctor-pass-1";
    private CentralTestDatabase central;
    private Path desks;
    private CliRun deskA;
    private CliRun deskB;
    private CliRun deskC;
    private String setupOutput;

    @BeforeAll
    void runTheReadmeBlock(@TempDir Path home) throws IOException, InterruptedException {
        central = CentralTestDatabase.create();
        desks = home.resolve("desks");
        String block = readmeBlock();
        Path script = home.resolve("setup-clinic.sh");
        Files.writeString(script, block);
        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", script.toString())
                .directory(ScriptProcess.repositoryRoot().toFile()).redirectErrorStream(true);
        bash.environment().put("CLINICDESK_KEY_DIR", System.getProperty("clinicdesk.keyDir"));
        bash.environment().putAll(Map.of("URL", central.url(), "DESKS", desks.toString(),
                "CLINICDESK_CENTRAL_USER", central.admin().user(),
                "CLINICDESK_CENTRAL_PASSWORD", central.admin().password()));
        Process process = bash.start();
        setupOutput = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(ScriptProcess.FIRST_RUN.toMinutes(), TimeUnit.MINUTES)).as(setupOutput).isTrue();
        assertThat(process.exitValue()).as(setupOutput).isZero();
        deskA = new CliRun(desks.resolve("a"));
        deskB = new CliRun(desks.resolve("b"));
        deskC = new CliRun(desks.resolve("c"));
    }

    @AfterAll
    void dropTheDatabase() {
        if (central != null) {
            central.close();
        }
    }

    /** The fenced block between the README's setup-clinic markers, as a reader would copy it. */
    private static String readmeBlock() throws IOException {
        String readme = Files.readString(ScriptProcess.repositoryRoot().resolve("README.md"));
        int begin = readme.indexOf("<!-- setup-clinic:begin -->");
        int end = readme.indexOf("<!-- setup-clinic:end -->");
        assertThat(begin).as("README has the setup-clinic block").isNotNegative();
        String fenced = readme.substring(begin, end);
        return fenced.substring(fenced.indexOf("```sh") + 5, fenced.lastIndexOf("```"));
    }

    @Test
    @Order(1)
    void theBlockMadeOneClinicOfThreeDesks() {
        assertThat(setupOutput).contains("Initialised the store", "Joined Asha Clinic", "as site B", "as site C",
                "All required checks passed.");
        String clinicA = deskA.with(Map.of(), "clinic", "id").out().strip();
        assertThat(deskB.with(Map.of(), "clinic", "id").out().strip()).isEqualTo(clinicA);
        assertThat(deskC.with(Map.of(), "clinic", "show").out()).contains("Asha Clinic", clinicA, "site C");
    }

    @Test
    @Order(2)
    void aPatientRegisteredAtAIsQueuedAtBTriagedAtCAndSeenAtA() {
        ok(newPassword(deskA, "admin", ADMIN_PASSWORD, NURSE_PASSWORD, "user", "add", "nina",
                "--role", "nurse"));
        ok(newPassword(deskA, "admin", ADMIN_PASSWORD, DOCTOR_PASSWORD, "user", "add", "dev",
                "--role", "doctor"));
        String uhid = ok(as(deskA, "admin", ADMIN_PASSWORD, "patient", "add", "--name", "Asha Verma", "--dob",
                "1980-02-29", "--sex", "F", "--phone", "9845012345")).strip();
        sync(deskA);
        sync(deskB);
        String token = ok(as(deskB, "nina", NURSE_PASSWORD, "queue", "add", uhid)).strip();
        assertThat(token).isEqualTo("B-001");
        sync(deskB);
        sync(deskC);
        ok(as(deskC, "nina", NURSE_PASSWORD, "queue", "move", token, "IN_TRIAGE"));
        ok(as(deskC, "nina", NURSE_PASSWORD, "vitals", "add", uhid, "--hr", "112", "--rr", "22", "--sbp", "98",
                "--dbp", "60", "--temp", "101.3F", "--spo2", "94"));
        ok(as(deskC, "nina", NURSE_PASSWORD, "queue", "move", token, "READY_FOR_DOCTOR"));
        sync(deskC);
        sync(deskA);
        ok(as(deskA, "dev", DOCTOR_PASSWORD, "queue", "move", token, "IN_CONSULTATION"));
        ok(as(deskA, "dev", DOCTOR_PASSWORD, "note", "add", uhid, "--subjective", "Fever 3 days", "--assessment",
                "Viral fever", "--sign"));
        ok(as(deskA, "dev", DOCTOR_PASSWORD, "queue", "move", token, "COMPLETED"));
        sync(deskA);
        sync(deskB);
        sync(deskC);
        for (CliRun desk : new CliRun[] {deskA, deskB, deskC}) {
            assertThat(ok(as(desk, "nina", NURSE_PASSWORD, "queue", "list")))
                    .as(desk.dataDir().toString()).contains(token).contains("COMPLETED");
            assertThat(ok(as(desk, "admin", ADMIN_PASSWORD, "audit", "verify"))).contains("Site A: intact",
                    "Site B: intact", "Site C: intact");
        }
    }

    @Test
    @Order(3)
    void aUserAddedAtASignsInAtC() {
        ok(newPassword(deskA, "admin", ADMIN_PASSWORD, "rita-pass-1", "user", "add", "rita",
                "--role", "reception"));
        var before = as(deskC, "rita", "rita-pass-1", "queue", "list");
        assertThat(before.exit()).as(before.toString()).isEqualTo(ExitCode.SIGN_IN_FAILED);
        sync(deskA);
        sync(deskC);
        ok(as(deskC, "rita", "rita-pass-1", "queue", "list"));
    }

    @Test
    @Order(4)
    void aPasswordChangedAtBWorksAtA() {
        sync(deskB);
        ok(newPassword(deskB, "nina", NURSE_PASSWORD, "nurse-pass-2", "user", "passwd"));
        sync(deskB);
        sync(deskA);
        ok(as(deskA, "nina", "nurse-pass-2", "queue", "list"));
        var old = as(deskA, "nina", NURSE_PASSWORD, "queue", "list");
        assertThat(old.exit()).as(old.toString()).isEqualTo(ExitCode.SIGN_IN_FAILED);
    }

    @Test
    @Order(5)
    void aUserDisabledAtCCannotSignInAtA() {
        sync(deskC);
        ok(as(deskC, "admin", ADMIN_PASSWORD, "user", "disable", "dev", "--reason", "left the clinic"));
        ok(as(deskA, "dev", DOCTOR_PASSWORD, "queue", "list"));
        sync(deskC);
        sync(deskA);
        var refused = as(deskA, "dev", DOCTOR_PASSWORD, "queue", "list");
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(ExitCode.SIGN_IN_FAILED);
        assertThat(refused.err()).contains("disabled");
    }

    @Test
    @Order(6)
    void aSecondStoreClaimingSiteBIsRefusedAndMakesNothing() {
        String login = CentralSchema.roleName(UUID.fromString(deskA.with(Map.of(), "clinic", "id").out().strip()),
                SiteCode.of("B"));
        Path second = desks.resolve("b-again");
        var refused = new CliRun(second).with(Map.of("CLINICDESK_CENTRAL_USER", login,
                "CLINICDESK_CENTRAL_PASSWORD", "desk-b-secret"), "init", "--join", central.url(), "--site", "B");
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(refused.err()).contains("Site B is already held by another store", "--rejoin", "add-site");
        assertThat(second.resolve("clinicdesk.mv.db")).doesNotExist();
        // ... and desk B itself still syncs.
        sync(deskB);
    }

    @Test
    @Order(7)
    void clinicSettingsChangedAtATravelToTheOtherDesks() {
        ok(as(deskA, "admin", ADMIN_PASSWORD, "clinic", "set", "--name", "Asha Family Clinic", "--date-order",
                "month-first", "--idle-minutes", "10", "--token-prefix", "B=R"));
        var clash = as(deskA, "admin", ADMIN_PASSWORD, "clinic", "set", "--token-prefix", "C=R");
        assertThat(clash.exit()).as(clash.toString()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(clash.err()).contains("Desk B already issues tokens starting with R");
        sync(deskA);
        sync(deskB);
        assertThat(deskB.with(Map.of(), "clinic", "show", "--json").out()).contains("\"Asha Family Clinic\"",
                "\"MONTH_FIRST\"", "\"idleLockMinutes\" : 10", "\"B\" : \"R\"");
        String uhid = ok(as(deskB, "admin", ADMIN_PASSWORD, "patient", "add", "--name", "Meena Rao", "--dob",
                "1975-06-01", "--sex", "F")).strip();
        assertThat(ok(as(deskB, "nina", "nurse-pass-2", "queue", "add", uhid)).strip()).isEqualTo("R-002");
    }

    @Test
    @Order(8)
    void anAdministratorHandsALostDesksSiteToANewStoreWhichContinuesItsCounters() {
        sync(deskB);
        String login = CentralSchema.roleName(UUID.fromString(deskA.with(Map.of(), "clinic", "id").out().strip()),
                SiteCode.of("B"));
        Map<String, String> central = Map.of("CLINICDESK_CENTRAL_USER", login, "CLINICDESK_CENTRAL_PASSWORD", "desk-b-secret");
        CliRun replacement = new CliRun(desks.resolve("b-new"));
        var wrongAdmin = replacement.with(with(central, CliEnvironment.PASSWORD, "not-the-password"), "init", "--join",
                this.central.url(), "--site", "B", "--rejoin", "--admin", "admin");
        assertThat(wrongAdmin.exit()).as(wrongAdmin.toString()).isEqualTo(ExitCode.SIGN_IN_FAILED);
        assertThat(replacement.dataDir().resolve("clinicdesk.mv.db")).doesNotExist();

        // the clinic administrator's password alone does not hand over a held site: the server's administrator
        // releases it first (a stolen site login could otherwise register its own desk key for site B)
        var notReleased = replacement.with(with(central, CliEnvironment.PASSWORD, ADMIN_PASSWORD), "init", "--join",
                this.central.url(), "--site", "B", "--rejoin", "--admin", "admin", "--save");
        assertThat(notReleased.exit()).as(notReleased.toString()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(notReleased.err()).contains("central release-site --site B");
        assertThat(replacement.dataDir().resolve("clinicdesk.mv.db")).doesNotExist();
        String clinicId = deskA.with(Map.of(), "clinic", "id").out().strip();
        Map<String, String> serverAdmin = Map.of("CLINICDESK_CENTRAL_USER", this.central.admin().user(),
                "CLINICDESK_CENTRAL_PASSWORD", this.central.admin().password());
        ok(replacement.with(serverAdmin, "central", "release-site", "--url", this.central.url(), "--clinic-id",
                clinicId, "--site", "B"));
        // the lost disk holds B's password: released, B's login is locked until the site gets a new one
        var lockedOut = replacement.with(with(central, CliEnvironment.PASSWORD, ADMIN_PASSWORD), "init", "--join",
                this.central.url(), "--site", "B", "--rejoin", "--admin", "admin", "--save");
        assertThat(lockedOut.exit()).as(lockedOut.toString()).isNotEqualTo(ExitCode.OK);
        assertThat(replacement.dataDir().resolve("clinicdesk.mv.db")).doesNotExist();
        ok(replacement.with(with(serverAdmin, "CLINICDESK_NEW_PASSWORD", "desk-b-new-secret"), "central", "add-site",
                "--url", this.central.url(), "--clinic-id", clinicId, "--site", "B"));
        central = Map.of("CLINICDESK_CENTRAL_USER", login, "CLINICDESK_CENTRAL_PASSWORD", "desk-b-new-secret");
        ok(replacement.with(with(central, CliEnvironment.PASSWORD, ADMIN_PASSWORD), "init", "--join",
                this.central.url(), "--site", "B", "--rejoin", "--admin", "admin", "--save"));
        String uhid = ok(as(replacement, "admin", ADMIN_PASSWORD, "patient", "add", "--name", "Kiran Das", "--dob",
                "2001-01-01", "--sex", "M")).strip();
        assertThat(uhid).as("the lost store issued B-000001 (Meena Rao); a fresh count would repeat it")
                .startsWith("B-000002-");
        assertThat(ok(as(replacement, "nina", "nurse-pass-2", "queue", "add", uhid)).strip())
                .as("the lost store issued B-001 and R-002 today").isEqualTo("R-003");
        assertThat(ok(as(replacement, "admin", ADMIN_PASSWORD, "audit", "verify"))).contains("Site B: intact");
        sync(replacement);
        var oldStore = deskB.with(Map.of(), "sync", "--once");
        assertThat(oldStore.exit()).as("the lost desk's saved login no longer opens the server: " + oldStore)
                .isNotEqualTo(ExitCode.OK);
        var oldStoreNewPassword = deskB.with(central, "sync", "--once");
        assertThat(oldStoreNewPassword.exit()).as(oldStoreNewPassword.toString()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(oldStoreNewPassword.err()).contains("Site B is already held by another store");
    }

    @Test
    @Order(9)
    void aChainRewrittenOnADeskWithRecomputedHashesAndItsOwnKeyIsCaughtAgainstTheServer() throws Exception {
        sync(deskC);
        assertThat(ok(as(deskC, "admin", ADMIN_PASSWORD, "audit", "verify")))
                .contains("Site C: intact", "Compared with the central server: matched");
        // Someone holding desk C's data folder: rewrites C's first event, re-hashes the whole chain and re-signs it with
        // the desk key found in the same folder. The chain links again; only the server's anchored copy disagrees.
        try (LocalStore store = LocalStore.open(deskC.dataDir(), java.time.Clock.systemUTC());
             java.sql.Connection c = store.dataSource().getConnection()) {
            DeskKeys key = DeskKeys.load(store.dataSource()).orElseThrow();
            String previous = AuditChain.GENESIS;
            for (AuditEvent e : store.auditLog().chainOf("C")) {
                AuditEvent unsealed = new AuditEvent(e.id(), e.site(), e.sequence(), e.occurredAt(), e.username(),
                        e.action(), e.entityType(), e.entityId(), e.sequence() == 1 ? "nothing happened" : e.detail(),
                        e.rowDigest(), previous, null);
                String hash = AuditChain.hashOf(unsealed);
                String signature = key.sign(SignedRows.message("audit_event", Map.of("id", e.id(), "site", "C",
                        "sequence", e.sequence(), "previous_hash", previous, "hash", hash)).orElseThrow());
                try (var ps = c.prepareStatement("UPDATE audit_event SET detail = ?, previous_hash = ?, hash = ?, "
                        + "signature = ? WHERE id = ?")) {
                    ps.setString(1, unsealed.detail());
                    ps.setString(2, previous);
                    ps.setString(3, hash);
                    ps.setString(4, signature);
                    ps.setObject(5, e.id());
                    assertThat(ps.executeUpdate()).isEqualTo(1);
                }
                previous = hash;
            }
            try (var ps = c.prepareStatement("UPDATE audit_head SET hash = ? WHERE site = 'C'")) {
                ps.setString(1, previous);
                ps.executeUpdate();
            }
            assertThat(new org.clinicdesk.core.audit.AuditService(store.context().tx(), store.auditLog()).verifyAll())
                    .as("the rewritten chain links again on its own").allMatch(v -> v.intact());
        }
        var caught = as(deskC, "admin", ADMIN_PASSWORD, "audit", "verify");
        assertThat(caught.exit()).as(caught.toString()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(caught.out()).contains("Site C: BROKEN at event 1: event 1 differs from the server's copy",
                "Compared with the central server: differs");
    }

    private static Map<String, String> with(Map<String, String> base, String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(base);
        all.put(name, value);
        return all;
    }

    private static CliRun.Result as(CliRun desk, String user, String password, String... args) {
        return desk.as(user, password, args);
    }

    private static String ok(CliRun.Result result) {
        assertThat(result.exit()).as(result.toString()).isZero();
        return result.out();
    }

    /** A verb that needs the acting user's password and a new one (CLINICDESK_NEW_PASSWORD). */
    private static CliRun.Result newPassword(CliRun desk, String user, String password, String newPassword,
                                             String... args) {
        return desk.with(Map.of(CliEnvironment.USER, user, CliEnvironment.PASSWORD, password,
                CliEnvironment.NEW_PASSWORD, newPassword), args);
    }

    private static void sync(CliRun desk) {
        ok(desk.with(Map.of(), "sync", "--once", "--json"));
    }
}
