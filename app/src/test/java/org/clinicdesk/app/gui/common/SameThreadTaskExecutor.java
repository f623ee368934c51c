package org.clinicdesk.app.gui.common;

/** Runs each task at once on the calling thread: view-model tests need no FX thread and no waiting. */
public final class SameThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> void execute(BackgroundTask<T> task) {
        task.started();
        T value;
        try {
            value = task.work().call();
        } catch (Exception e) {
            task.failed(e);
            return;
        }
        task.succeeded(value);
    }

    @Override
    public void shutdown() {
    }
}
