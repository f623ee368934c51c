package org.clinicdesk.app;

import java.util.List;
import java.util.Set;
import org.clinicdesk.app.cli.Cli;
import org.clinicdesk.app.cli.CliEnvironment;

/**
 * The one entry point of the program: with no command (or {@code gui}) it opens the workstation window, with any
 * other command it runs the {@code clinicdesk} command line. A plain class, not the JavaFX Application, so that the
 * command line never needs a display.
 */
public final class Main {
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--data-dir", "--user");
    /** Options only the window understands; with no command they still mean "open the window". */
    private static final Set<String> WINDOW_FLAGS = Set.of("--demo");
    /** Asking for help or the version is always the command line's, {@code gui --help} included. */
    private static final Set<String> HELP_FLAGS = Set.of("-h", "--help", "-V", "--version");

    private Main() {
    }

    public static void main(String[] args) {
        int exit = opensWindow(args) ? Workstation.open(args)
                : Cli.run(CliEnvironment.system(), args);
        System.exit(exit);
    }

    /** True when the arguments name no command (only global or window options) or the command {@code gui}. */
    static boolean opensWindow(String[] args) {
        List<String> list = List.of(args);
        if (list.stream().anyMatch(HELP_FLAGS::contains)) {
            return false;
        }
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            if (OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (!WINDOW_FLAGS.contains(arg) && OPTIONS_WITH_VALUE.stream().noneMatch(o -> arg.startsWith(o + "="))) {
                return "gui".equals(arg);
            }
        }
        return true;
    }
}
