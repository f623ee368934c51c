package org.clinicdesk.app.gui.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.TaskExecutor;

/** Holds tasks until the test runs them, in the order it chooses: for races such as two searches in flight. */
public final class ManualTaskExecutor implements TaskExecutor {
    private final List<BackgroundTask<?>> pending = new ArrayList<>();
    private final SameThreadTaskExecutor runner = new SameThreadTaskExecutor();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        pending.add(task);
    }

    public int pending() {
        return pending.size();
    }

    public void run(int index) {
        runner.execute(pending.set(index, null));
    }

    public void runAll() {
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i) != null) {
                run(i);
            }
        }
    }

    @Override
    public void shutdown() {
    }
}
