package org.clinicdesk.app.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import org.clinicdesk.app.gui.shell.Workstation;

/**
 * For the startup benchmark only: with {@code -Dclinicdesk.startup.report=FILE} the window writes the milliseconds
 * from process start to the sign-in form on screen into FILE and exits. With {@code -Dclinicdesk.startup.usable=FILE}
 * it writes "SHOWN USABLE": milliseconds from process start to the sign-in form on screen and to Sign in usable (store
 * open, clinic and staff made), each after the next pulse, and exits.
 */
final class StartupProbe {
    static final String PROPERTY = "clinicdesk.startup.report";
    static final String USABLE = "clinicdesk.startup.usable";

    private StartupProbe() {
    }

    static void attach(Workstation workstation) {
        String usable = System.getProperty(USABLE);
        if (usable != null) {
            long[] shown = {-1};
            workstation.onSignInShown(() -> Platform.runLater(() -> shown[0] = sinceStart()));
            workstation.onSignInUsable(() -> Platform.runLater(() -> write(Path.of(usable), shown[0] + " "
                    + sinceStart() + "\n")));
            return;
        }
        String target = System.getProperty(PROPERTY);
        if (target == null) {
            return;
        }
        // Wait for the next pulse so the form has really been laid out and drawn once.
        workstation.onSignInShown(() -> Platform.runLater(() -> report(Path.of(target))));
    }

    static void report(Path target) {
        write(target, Long.toString(sinceStart()));
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void write(Path target, String figures) {
        try {
            Files.writeString(target, figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Platform.exit();
    }
}
