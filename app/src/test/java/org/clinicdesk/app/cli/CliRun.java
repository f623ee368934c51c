package org.clinicdesk.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Runs the real command line in-process, as a script would, with captured stdout and stderr. */
final class CliRun {
    private final Path dataDir;
    private final Map<String, String> baseEnv = new HashMap<>();

    CliRun(Path dataDir) {
        this.dataDir = dataDir;
        baseEnv.put(CliEnvironment.DATA_DIR, dataDir.toString());
    }

    /** A desk whose desk keys live in {@code keyDir} (CLINICDESK_KEY_DIR): another computer, as far as keys go. */
    CliRun(Path dataDir, Path keyDir) {
        this(dataDir);
        baseEnv.put(org.clinicdesk.storage.keys.KeyFolder.VARIABLE, keyDir.toString());
    }

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    Path dataDir() {
        return dataDir;
    }

    /** Runs as {@code user} with {@code password} in CLINICDESK_PASSWORD. */
    Result as(String user, String password, String... args) {
        Map<String, String> env = new HashMap<>(baseEnv);
        env.put(CliEnvironment.USER, user);
        env.put(CliEnvironment.PASSWORD, password);
        return with(env, args);
    }

    Result with(Map<String, String> env, String... args) {
        Map<String, String> all = new HashMap<>(baseEnv);
        all.putAll(env);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.create(CliEnvironment.of(all, Clock.systemDefaultZone(), dataDir.getParent()),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
