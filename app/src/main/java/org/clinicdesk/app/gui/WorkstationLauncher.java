package org.clinicdesk.app.gui;

import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import org.clinicdesk.app.gui.common.LocalWorkstore;

/**
 * Plain entry point for the window. It must not extend {@link Application}: launched from the class path, an
 * Application main class fails with "JavaFX runtime components are missing".
 */
public final class WorkstationLauncher {
    private WorkstationLauncher() {
    }

    public static void launch(String[] args) {
        EarlyStore.start(List.of(args), System.getenv(), LocalWorkstore.opener(Clock.systemUTC()));
        try {
            Application.launch(WorkstationApp.class, args);
        } finally {
            EarlyStore.closeUntaken();
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
