package org.clinicdesk.app.gui;

import javafx.application.Application;

/**
 * Plain entry point for the window. It must not extend {@link Application}: launched from the class path, an
 * Application main class fails with "JavaFX runtime components are missing".
 */
public final class WorkstationLauncher {
    private WorkstationLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(WorkstationApp.class, args);
    }

    public static void main(String[] args) {
        launch(args);
    }
}
