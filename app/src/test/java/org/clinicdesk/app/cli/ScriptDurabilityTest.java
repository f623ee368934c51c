package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the real {@code ./clinicdesk} script: a record the command line committed survives the process being killed
 * with SIGKILL between the commit and the store's clean close (the process is held there by a fault point and its
 * exit code proves the kill landed), and a fresh process finds it.
 */
class ScriptDurabilityTest {
    @TempDir
    Path home;

    @Test
    void everyRecordReportedSavedSurvivesSigkill() throws Exception {
        Path data = home.resolve("data");
        ScriptProcess clinicdesk = new ScriptProcess(Map.of(CliEnvironment.DATA_DIR, data.toString(),
                CliEnvironment.USER, "admin", CliEnvironment.PASSWORD, "admin-pass-1"));
        var init = clinicdesk.run(ScriptProcess.FIRST_RUN, "init", "--site", "K", "--clinic", "Hill Clinic", "--admin", "admin");
        assertThat(init.exit()).as(init.toString()).isZero();

        var first = clinicdesk.run(ScriptProcess.RUN, "patient", "add", "--name", "Lakshmi Menon", "--dob", "1952-07-19",
                "--sex", "F");
        String firstUhid = first.out().strip();
        int killed = clinicdesk.killAfterCommitBeforeClose("patient", "add", "--name", "Kwame Mensah", "--dob",
                "1999-12-31", "--sex", "M");

        assertThat(first.exit()).isZero();
        assertThat(firstUhid).matches("K-\\d{6}-[0-9A-Z]");
        assertThat(killed).as("SIGKILL landed before the store closed (128 + 9)").isEqualTo(137);
        var found = clinicdesk.run(ScriptProcess.RUN, "patient", "find", "Kwame", "--json");
        assertThat(found.exit()).as(found.toString()).isZero();
        assertThat(found.out()).contains("Kwame").contains("Mensah").doesNotContain("\"uhid\" : \"" + firstUhid + "\"");
        var again = clinicdesk.run(ScriptProcess.RUN, "patient", "find", firstUhid, "--json");
        assertThat(again.out()).contains("\"uhid\" : \"" + firstUhid + "\"");
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
