package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command of the real command tree, found by walking it (so a new verb is covered without editing this test),
 * prints its usage for {@code --help} and {@code help VERB}, exits 0, writes nothing to stderr, and neither opens nor
 * creates the store or its data directory. A verb that ran instead of printing its help (the window, a password
 * prompt) fails on the timeout rather than hanging the build.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HelpEverywhereTest {
    @TempDir
    Path home;

    /** Every command path below the root, e.g. [patient], [patient, add], [document, add]. */
    static List<List<String>> everyCommand() {
        CommandLine root = Cli.create(CliEnvironment.of(Map.of(), Clock.systemDefaultZone(), Path.of("/nonexistent")),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<List<String>> paths = new ArrayList<>();
        walk(root, List.of(), paths);
        return paths;
    }

    private static void walk(CommandLine line, List<String> path, List<List<String>> paths) {
        paths.add(path);
        line.getSubcommands().forEach((name, sub) -> {
            // Aliases point at the same command; walk it once, under its own name.
            if (sub.getCommandName().equals(name)) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                walk(sub, next, paths);
            }
        });
    }

    static Stream<List<String>> topLevelVerbs() {
        return everyCommand().stream().filter(p -> p.size() == 1);
    }

    @Test
    void theWalkFindsTheVerbsAndTheirSubcommands() {
        assertThat(everyCommand()).contains(List.of(), List.of("init"), List.of("gui"), List.of("patient", "add"),
                List.of("document", "add"), List.of("central", "add-site"), List.of("help"));
    }

    static Stream<Arguments> everyCommandWithEachHelpOption() {
        return everyCommand().stream()
                .flatMap(path -> Stream.of(Arguments.of(path, "--help"), Arguments.of(path, "-h")));
    }

    @ParameterizedTest(name = "clinicdesk {0} {1}")
    @MethodSource("everyCommandWithEachHelpOption")
    void helpOptionPrintsTheUsageAndTouchesNoStore(List<String> path, String helpOption) {
        List<String> args = new ArrayList<>(path);
        args.add(helpOption);

        assertUsage(run(args), path);
    }

    @ParameterizedTest(name = "clinicdesk help {0}")
    @MethodSource("topLevelVerbs")
    void helpVerbPrintsTheVerbsUsage(List<String> path) {
        List<String> args = new ArrayList<>(List.of("help"));
        args.addAll(path);

        assertUsage(run(args), path);
    }

    private CliRun.Result run(List<String> args) {
        return new CliRun(dataDir()).with(Map.of(), args.toArray(String[]::new));
    }

    private void assertUsage(CliRun.Result result, List<String> path) {
        String command = String.join(" ", path);
        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.err()).as(result.toString()).isEmpty();
        assertThat(result.out()).as(result.toString())
                .containsPattern("(?m)^Usage: " + Pattern.quote(("clinicdesk " + command).strip()) + "( |$)");
        assertThat(dataDir()).as("help neither opens nor creates the store").doesNotExist();
        assertThat(Files.exists(home.resolve("clinicdesk"))).isFalse();
    }

    private Path dataDir() {
        return home.resolve("data");
    }
}
