package org.clinicdesk.app.gui.queue;

import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.concurrent.ScheduledService;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.clinicdesk.app.gui.common.StoreHealth;
import org.clinicdesk.app.gui.common.Workstore;

/**
 * Reads the store's change marker every second on a background thread and hands it to the board on the FX thread,
 * so changes made in another window show within two seconds and the FX thread never waits on the database.
 */
public final class ChangeWatcher extends ScheduledService<Long> {
    private final Workstore store;

    public ChangeWatcher(Workstore store, Duration period, LongConsumer onMarker, Consumer<StoreHealth> onHealth) {
        this.store = store;
        setPeriod(period);
        setRestartOnFailure(true);
        setExecutor(r -> {
            Thread t = new Thread(r, "clinicdesk-change-watcher");
            t.setDaemon(true);
            t.start();
        });
        setOnSucceeded(e -> {
            onHealth.accept(StoreHealth.OK);
            onMarker.accept(getValue());
        });
        setOnFailed(e -> onHealth.accept(StoreHealth.FAILING));
    }

    @Override
    protected Task<Long> createTask() {
        return new Task<>() {
            @Override
            protected Long call() {
                return store.changeMarker();
            }
        };
    }
}
