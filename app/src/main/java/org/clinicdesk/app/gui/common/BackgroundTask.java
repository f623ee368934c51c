package org.clinicdesk.app.gui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Work for a background thread (database, hashing, OCR) and what to do with its result on the FX thread.
 * The {@code running} property lets a view show progress while it runs.
 */
public final class BackgroundTask<T> {
    private final Callable<T> work;
    private Consumer<T> onSuccess = value -> { };
    private Consumer<Exception> onFailure = e -> { };
    private final BooleanProperty running = new SimpleBooleanProperty();

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> wrap(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> wrap(Runnable work) {
        return new BackgroundTask<>(() -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Exception> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Bound by view models to their own busy flags; only touched on the FX thread. */
    public BackgroundTask<T> showingProgressIn(BooleanProperty busy) {
        busy.bind(running);
        return this;
    }

    public void executeWith(TaskExecutor executor) {
        executor.execute(this);
    }

    Callable<T> work() {
        return work;
    }

    void started() {
        running.set(true);
    }

    void succeeded(T value) {
        running.set(false);
        onSuccess.accept(value);
    }

    void failed(Exception e) {
        running.set(false);
        onFailure.accept(e);
    }
}
