package org.clinicdesk.app.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicdesk.app.DataDirectory;
import org.clinicdesk.core.common.ValidationException;

/**
 * How the window was asked to start: {@code [--data-dir DIR] [--user NAME] [gui] [--demo]}, the
 * command line's global options included. The data directory falls back to {@code CLINICDESK_DATA_DIR}, then to the
 * operating system's usual place; {@code --user} fills in the sign-in name. With {@code --demo} the data directory is
 * always a new temporary folder, whatever {@code --data-dir} or {@code CLINICDESK_DATA_DIR} say, so demo data never
 * reaches a real store; {@code notices} then tells the user that {@code --data-dir} was ignored.
 */
public record WorkstationOptions(Path dataDir, DemoMode demo, String user, List<String> notices) {
    public WorkstationOptions {
        notices = List.copyOf(notices);
    }

    /** Whether to open on demo data. */
    public enum DemoMode {
        OFF, ON
    }

    public static WorkstationOptions parse(List<String> args, Map<String, String> env) {
        Path dataDir = null;
        DemoMode demo = DemoMode.OFF;
        String user = "";
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "gui" -> {
                }
                case "--demo" -> demo = DemoMode.ON;
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
                case "--user" -> user = value(args, ++i, "--user");
                // Once a start-up flag that anyone could raise; now the clinic's setting, changed by an administrator.
                case "--idle-minutes" -> throw new ValidationException("--idle-minutes", "the idle lock is a clinic "
                        + "setting now: an administrator changes it with 'clinicdesk clinic set --idle-minutes N'");
                default -> {
                    if (a.startsWith("--data-dir=")) {
                        dataDir = Path.of(a.substring("--data-dir=".length()));
                    } else if (a.startsWith("--user=")) {
                        user = a.substring("--user=".length());
                    } else {
                        throw new ValidationException("option", "'" + a + "' is not an option of the window "
                                + "(--data-dir DIR, --user NAME, --demo)");
                    }
                }
            }
        }
        if (demo == DemoMode.ON) {
            Path demoDir = demoDir();
            List<String> notices = dataDir == null ? List.of() : List.of("The demo ignores --data-dir " + dataDir
                    + ": it always opens a new temporary folder (" + demoDir + "), never a real store.");
            return new WorkstationOptions(demoDir, demo, user, notices);
        }
        if (dataDir == null) {
            String fromEnv = env.get("CLINICDESK_DATA_DIR");
            dataDir = fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : defaultDataDir(env);
        }
        return new WorkstationOptions(dataDir, demo, user, List.of());
    }

    /** The per-OS default, the same as the command line's. */
    public static Path defaultDataDir(Map<String, String> env) {
        return DataDirectory.defaultHere(env);
    }

    /** Demo data never goes into the clinic's real store. */
    private static Path demoDir() {
        try {
            return Files.createTempDirectory("clinicdesk-demo-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot create a folder for the demo store", e);
        }
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new ValidationException("option", option + " needs a value");
        }
        return args.get(i);
    }
}
