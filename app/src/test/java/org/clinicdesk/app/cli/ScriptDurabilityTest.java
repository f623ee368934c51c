package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the real {@code ./clinicdesk} script: an import of many files (one transaction each, each announced on stderr
 * as it commits) is killed with SIGKILL half way, once right after an acknowledged commit and once a few milliseconds
 * later (inside the next file's transaction); the process really died of the kill (exit 137), and afterwards the store
 * opens, {@code audit verify} passes and every acknowledged file's patient is there, none of them twice. The same round,
 * at random points, is {@code scripts/campaign kill}.
 */
class ScriptDurabilityTest {
    private static final int FILES = 40;
    @TempDir
    Path home;

    @Test
    void everyCommitAcknowledgedBeforeASigkillSurvivesAndTheStoreAndAuditStayWhole() throws Exception {
        Path data = home.resolve("data");
        ScriptProcess clinicdesk = new ScriptProcess(Map.of(CliEnvironment.DATA_DIR, data.toString(),
                CliEnvironment.USER, "admin", CliEnvironment.PASSWORD, "admin-pass-1"));
        var init = clinicdesk.run(ScriptProcess.FIRST_RUN, "init", "--site", "K", "--clinic", "Hill Clinic", "--admin", "admin");
        assertThat(init.exit()).as(init.toString()).isZero();
        KilledImport kills = new KilledImport(clinicdesk, data, home);

        KilledImport.Outcome rightAfterACommit = kills.round(0x5EED_0001L, FILES, 6, 0);
        KilledImport.Outcome insideATransaction = kills.round(0x5EED_0002L, FILES, 3, 40);

        for (KilledImport.Outcome o : new KilledImport.Outcome[] {rightAfterACommit, insideATransaction}) {
            assertThat(o.exit()).as("SIGKILL landed while the import ran (128 + 9): " + o.line()).isEqualTo(137);
            assertThat(o.acknowledged()).as(o.line()).isBetween(3, FILES - 1);
            assertThat(o.opened()).as(o.line()).isTrue();
            assertThat(o.auditIntact()).as(o.line()).isTrue();
            assertThat(o.lost()).as("acknowledged commits lost: " + o.line()).isEmpty();
            assertThat(o.problem()).as(o.line()).isEmpty();
        }
        var verify = clinicdesk.run(ScriptProcess.RUN, "audit", "verify");
        assertThat(verify.exit()).as(verify.toString()).isZero();
        var found = clinicdesk.run(ScriptProcess.RUN, "patient", "find", "Killtest", "--json");
        assertThat(found.exit()).as(found.toString()).isZero();
        assertThat(found.out().split("\"uhid\"", -1).length - 1).as("patients found after the kills")
                .isGreaterThanOrEqualTo(rightAfterACommit.acknowledged() + insideATransaction.acknowledged());
    }

    @Test
    void theScriptRunsAVerbAndExitsWithItsCode() throws Exception {
        ScriptProcess clinicdesk = new ScriptProcess(Map.of(CliEnvironment.DATA_DIR, home.resolve("none").toString()));

        var help = clinicdesk.run(ScriptProcess.FIRST_RUN, "--help");
        var missing = clinicdesk.run(ScriptProcess.RUN, "--user", "admin", "queue", "list");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: clinicdesk");
        assertThat(missing.exit()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void twoCommandsStartedTogetherBothSucceed() throws Exception {
        Path data = home.resolve("data");
        ScriptProcess clinicdesk = new ScriptProcess(Map.of(CliEnvironment.DATA_DIR, data.toString(),
                CliEnvironment.USER, "admin", CliEnvironment.PASSWORD, "admin-pass-1"));
        assertThat(clinicdesk.run(ScriptProcess.FIRST_RUN, "init", "--site", "K", "--clinic", "Hill Clinic", "--admin",
                "admin").exit()).isZero();

        Process demo = clinicdesk.start("demo-data", "--patients", "40");
        Process board = clinicdesk.start("queue", "list", "--json");

        assertThat(demo.waitFor(ScriptProcess.RUN.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(board.waitFor(ScriptProcess.RUN.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(demo.exitValue()).isZero();
        assertThat(board.exitValue()).isZero();
    }
}
