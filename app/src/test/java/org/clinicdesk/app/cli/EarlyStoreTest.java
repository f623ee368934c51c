package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.keys.KeyFolder;
import org.clinicdesk.storage.keys.StoreAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A verb that signs in has its store opening from the program's start: only for those verbs and an existing store,
 * taken by the verb, and closed when the verb never took it (its input refused), so nothing stays open.
 */
class EarlyStoreTest {
    private static final String ADMIN = "admin-pass-1";

    @TempDir
    Path tmp;
    private CliRun cli;
    private Map<String, String> variables;

    @BeforeEach
    void clinicWithAPatient() {
        cli = new CliRun(tmp.resolve("data"), tmp.resolve("keys"));
        assertThat(cli.with(Map.of(CliEnvironment.PASSWORD, ADMIN), "init", "--site", "A", "--clinic",
                "Sunrise Clinic", "--admin", "admin").exit()).isZero();
        assertThat(cli.as("admin", ADMIN, "patient", "add", "--name", "Asha Verma", "--dob", "1980-02-29", "--sex",
                "F", "--phone", "9845012345").exit()).isZero();
        variables = new HashMap<>(Map.of(CliEnvironment.DATA_DIR, cli.dataDir().toString(), KeyFolder.VARIABLE,
                tmp.resolve("keys").toString(), CliEnvironment.USER, "admin", CliEnvironment.PASSWORD, ADMIN));
    }

    @Test
    void readsTheDataDirectoryOnlyForAVerbThatSignsIn() {
        CliEnvironment env = env();
        Path fromEnv = cli.dataDir().toAbsolutePath();
        assertThat(EarlyStore.dataDirOfSigningInVerb(env, List.of("--user", "doctor", "patient", "find", "x")))
                .contains(fromEnv);
        assertThat(EarlyStore.dataDirOfSigningInVerb(env, List.of("--data-dir", "elsewhere", "queue", "list")))
                .contains(Path.of("elsewhere").toAbsolutePath());
        assertThat(EarlyStore.dataDirOfSigningInVerb(env, List.of("--lang=hi", "--data-dir=d2", "note", "show", "1")))
                .contains(Path.of("d2").toAbsolutePath());
        for (List<String> args : List.of(List.of("--version"), List.of("init", "--site", "A"), List.of("user", "list"),
                List.of("patient", "--help"), List.of("--user"), List.of("--unknown", "patient", "find", "x"),
                List.of("restore", "patient"))) {
            assertThat(EarlyStore.dataDirOfSigningInVerb(env, args)).as(args.toString()).isEmpty();
        }
    }

    @Test
    void theVerbTakesTheStoreOpenedAtStart() {
        EarlyStore.start(env(), List.of("patient", "find", "Verma"));
        try (LocalStore taken = EarlyStore.take(cli.dataDir()).orElseThrow()) {
            assertThat(taken.siteSettings()).isPresent();
            assertThat(EarlyStore.take(cli.dataDir())).as("taken once").isEmpty();
        }
    }

    @Test
    void aVerbRunAsTheProgramRunsItFindsThePatientAndLeavesTheStoreClosed() {
        StringWriter out = new StringWriter();
        int exit = Cli.run(env(), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "patient", "find", "Verma", "--json");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Asha Verma");
        assertStoreClosed();
    }

    @Test
    void aStoreOpenedForARefusedVerbIsClosed() {
        StringWriter err = new StringWriter();
        int exit = Cli.run(env(), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "patient", "find", "Verma", "--no-such-option");
        assertThat(exit).as(err.toString()).isEqualTo(2);
        assertStoreClosed();
    }

    /** A store still open in this process cannot be opened again here. */
    private void assertStoreClosed() {
        try (LocalStore again = LocalStore.open(cli.dataDir(), Clock.systemUTC(),
                StoreAccess.with(new KeyFolder(tmp.resolve("keys"))))) {
            assertThat(again.siteSettings()).isPresent();
        }
    }

    private CliEnvironment env() {
        return CliEnvironment.of(variables, Clock.systemDefaultZone(), tmp);
    }
}
