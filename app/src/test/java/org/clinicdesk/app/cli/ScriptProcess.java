package org.clinicdesk.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code ./clinicdesk} script of the repository as a child process. */
final class ScriptProcess {
    /** The first run may build the application with Maven. */
    static final Duration FIRST_RUN = Duration.ofMinutes(10);
    static final Duration RUN = Duration.ofMinutes(2);

    private final Path script;
    private final Map<String, String> env;

    ScriptProcess(Map<String, String> env) {
        this.script = repositoryRoot().resolve("clinicdesk");
        this.env = env;
    }

    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("clinicdesk")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No ./clinicdesk script above " + Path.of("").toAbsolutePath());
    }

    Process start(String... args) throws IOException {
        ProcessBuilder builder = builder(args);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        return builder.start();
    }

    /** Starts the command with its stderr readable (for what it says as it goes). */
    Process startWithErrors(String... args) throws IOException {
        return builder(args).start();
    }

    private ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(script.getParent().toFile());
        builder.environment().put("CLINICDESK_KEY_DIR", System.getProperty("clinicdesk.keyDir"));
        builder.environment().putAll(env);
        return builder;
    }

    /** Runs to the end and returns (exit code, stdout). */
    CliRun.Result run(Duration timeout, String... args) throws IOException, InterruptedException {
        Process process = start(args);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("clinicdesk " + String.join(" ", args) + " did not finish in " + timeout);
        }
        return new CliRun.Result(process.exitValue(), out, "");
    }
}
