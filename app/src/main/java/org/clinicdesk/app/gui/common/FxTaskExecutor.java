package org.clinicdesk.app.gui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs tasks on a small pool of daemon threads and hands results back on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private final AtomicInteger threads = new AtomicInteger();
    // Two workers: a slow search must not hold up a queue action, and the machines have two cores.
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "clinicdesk-worker-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        task.started();
        pool.execute(() -> {
            try {
                T value = task.work().call();
                Platform.runLater(() -> task.succeeded(value));
            } catch (Exception e) {
                LOG.debug("Background task failed", e);
                Platform.runLater(() -> task.failed(e));
            }
        });
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
