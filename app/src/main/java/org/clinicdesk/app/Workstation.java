package org.clinicdesk.app;

import java.io.PrintWriter;

/**
 * The single place where the program hands over to the workstation window, so that switching the window on is a
 * one-line change here.
 */
public final class Workstation {
    /** Exit code when this build has no window. */
    public static final int NOT_AVAILABLE = 2;

    private Workstation() {
    }

    /** Opens the window with the program's arguments and returns the exit code once it closes. */
    public static int open(String[] args, PrintWriter err) {
        org.clinicdesk.app.gui.WorkstationLauncher.launch(args);
        return 0;
    }
}
