package org.clinicdesk.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinicdesk.app.OpenedEarly;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.db.StoreDatabase;

/**
 * For a verb that signs in, the store opened on a thread of its own from the program's start, while the command line
 * is built and read (the command tree, the logging): a verb's start is mostly opening the store. Only for the verbs
 * whose every subcommand signs in ({@link #SIGNING_IN}) and only when the data directory already holds a store; the
 * verb takes it where it would open it ({@link Session#openInitialised}), or the error opening it raised. A store the
 * verb never took (its input was refused first) is closed before the program exits.
 */
final class EarlyStore {
    /** Every subcommand of these opens the store through {@link Session#signIn} and nothing else. */
    static final Set<String> SIGNING_IN = Set.of("patient", "queue", "vitals", "note", "history");
    /** The global options that take a value, as {@link ClinicDeskCommand} declares them. */
    private static final Set<String> WITH_VALUE = Set.of("--data-dir", "--user", "--before-catch-up", "--lang");
    private static final OpenedEarly<LocalStore> OPENING = new OpenedEarly<>();

    private EarlyStore() {
    }

    /** Starts opening the store when {@code args} name a verb that signs in and the data directory has a store. */
    static void start(CliEnvironment env, List<String> args) {
        Optional<Path> dataDir = dataDirOfSigningInVerb(env, args);
        if (dataDir.isEmpty() || !Files.isRegularFile(StoreDatabase.file(dataDir.get()))) {
            return;
        }
        Path dir = dataDir.get();
        OPENING.start(dir, d -> {
            CliLog.attach(d);
            return StoreOpener.open(d, env);
        });
    }

    /**
     * The data directory of the command line when its verb is one of {@link #SIGNING_IN}, read as picocli reads the
     * global options before it; empty for anything else (help, version, another verb, an option it does not know).
     */
    static Optional<Path> dataDirOfSigningInVerb(CliEnvironment env, List<String> args) {
        Path dataDir = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (WITH_VALUE.contains(arg)) {
                if (i + 1 >= args.size()) {
                    return Optional.empty();
                }
                if (arg.equals("--data-dir")) {
                    dataDir = Path.of(args.get(i + 1));
                }
                i++;
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else if (WITH_VALUE.stream().anyMatch(o -> arg.startsWith(o + "="))) {
                continue;
            } else if (!SIGNING_IN.contains(arg) || args.contains("-h") || args.contains("--help")) {
                return Optional.empty();
            } else {
                Path dir = dataDir != null ? dataDir
                        : env.variable(CliEnvironment.DATA_DIR).map(Path::of).orElseGet(env::defaultDataDir);
                return Optional.of(dir.toAbsolutePath());
            }
        }
        return Optional.empty();
    }

    /** The store opened early for {@code dataDir} (or the error opening it), once; empty when none was. */
    static Optional<LocalStore> take(Path dataDir) {
        return OPENING.take(dataDir);
    }

    /** Closes a store opened early that the verb never took. */
    static void closeUntaken() {
        OPENING.closeUntaken();
    }
}
