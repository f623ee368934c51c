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
 * from process start to the sign-in form on screen into FILE and exits.
 */
final class StartupProbe {
    static final String PROPERTY = "clinicdesk.startup.report";

    private StartupProbe() {
    }

    static void attach(Workstation workstation) {
        String target = System.getProperty(PROPERTY);
        if (target == null) {
            return;
        }
        // Wait for the next pulse so the form has really been laid out and drawn once.
        workstation.onSignInShown(() -> Platform.runLater(() -> report(Path.of(target))));
    }

    static void report(Path target) {
        long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        try {
            Files.writeString(target, Long.toString(elapsed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Platform.exit();
    }
}
