package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line answers before it touches any store: missing options, unknown verbs, no store yet. */
class CommandLineParsingTest {
    @TempDir
    Path home;

    private CliRun cli() {
        return new CliRun(home.resolve("data"));
    }

    @Test
    void missingRequiredOptionsAreNamedWithExitTwo() {
        var result = cli().as("admin", "secret-pass", "patient", "add", "--name", "Asha Verma");
        // --dob may be given as --age instead, so the parser alone requires only --sex (BadInputTest: no date)

        assertThat(result.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).contains("--sex");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aNonNumericHeartRateIsRefusedNamingTheOption() {
        var result = cli().as("nurse", "secret-pass", "vitals", "add", "A-000001-7", "--hr", "fast", "--rr", "16",
                "--sbp", "120", "--dbp", "80", "--temp", "37", "--spo2", "98");

        assertThat(result.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).contains("--hr").contains("fast");
    }

    @Test
    void anUnknownVerbIsRefused() {
        var result = cli().as("admin", "secret-pass", "patient", "delete", "A-000001-7");

        assertThat(result.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).contains("delete");
    }

    @Test
    void aVerbWithoutAnInitialisedStoreSaysToRunInitAndCreatesNothing() {
        var run = cli();
        var result = run.as("admin", "secret-pass", "patient", "find", "Asha");

        assertThat(result.exit()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(result.err()).contains("clinicdesk init");
        assertThat(Files.exists(run.dataDir())).isFalse();
    }

    @Test
    void aVerbWithoutAUserAsksForOne() {
        var result = cli().with(Map.of(), "queue", "list");

        assertThat(result.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).contains("user").contains("CLINICDESK_USER");
    }

    @Test
    void helpListsEveryVerbOfTheContract() {
        var result = cli().with(Map.of(), "--help");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("init", "demo-data", "user", "patient", "queue", "vitals", "note", "audit",
                "doctor", "gui");
    }

    @Test
    void aUserNamedLikeACommandIsStillTheUser() {
        var result = cli().with(Map.of(CliEnvironment.PASSWORD, "secret-pass"), "--user", "doctor", "queue", "list");

        assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(result.err()).contains("clinicdesk init");
    }
}
