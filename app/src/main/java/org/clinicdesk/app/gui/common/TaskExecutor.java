package org.clinicdesk.app.gui.common;

/** Runs background tasks: off the FX thread in the window, on the calling thread in view-model tests. */
public interface TaskExecutor {
    <T> void execute(BackgroundTask<T> task);

    void shutdown();
}
