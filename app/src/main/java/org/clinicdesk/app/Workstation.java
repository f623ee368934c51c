package org.clinicdesk.app;

import org.clinicdesk.app.gui.WorkstationLauncher;

/** The single place where the program hands over to the workstation window. */
public final class Workstation {
    private Workstation() {
    }

    /** Opens the window with the program's arguments and returns the exit code once it closes. */
    public static int open(String[] args) {
        WorkstationLauncher.launch(args);
        return 0;
    }
}
