package org.clinicdesk.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A store being opened on a thread of its own from the program's start, for whoever needs it later in the start (the
 * window once it is on screen, a verb once its command line is read): opening a store is most of a start, and the
 * other core can do it meanwhile. Taken once, for the same data directory; the error opening it raised is thrown to
 * the taker, as opening it there would have. One never taken is closed with {@link #closeUntaken}.
 */
public final class OpenedEarly<T extends AutoCloseable> {
    private final AtomicReference<Pending<T>> pending = new AtomicReference<>();

    private record Pending<T>(Path dataDir, CompletableFuture<T> store) {
    }

    /** Starts opening the store in {@code dataDir} with {@code open} on a daemon thread. */
    public void start(Path dataDir, Function<Path, T> open) {
        CompletableFuture<T> store = new CompletableFuture<>();
        Pending<T> started = new Pending<>(dataDir.toAbsolutePath().normalize(), store);
        Pending<T> before = pending.getAndSet(started);
        if (before != null) {
            close(before);
        }
        Thread opening = new Thread(() -> {
            try {
                store.complete(open.apply(dataDir));
            } catch (Throwable e) {
                store.completeExceptionally(e);
            }
        }, "store-open");
        opening.setDaemon(true);
        opening.start();
    }

    /**
     * The store opened early for {@code dataDir} once it is open (or the error opening it), once; empty when none was.
     * One opened for another directory is closed first, so that the caller can open its own.
     */
    public Optional<T> take(Path dataDir) {
        Pending<T> taken = pending.getAndSet(null);
        if (taken == null) {
            return Optional.empty();
        }
        if (!taken.dataDir().equals(dataDir.toAbsolutePath().normalize())) {
            close(taken);
            return Optional.empty();
        }
        try {
            return Optional.of(taken.store().join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Closes a store opened early that nobody took (the window did not start, a verb's input was refused). */
    public void closeUntaken() {
        Pending<T> untaken = pending.getAndSet(null);
        if (untaken != null) {
            close(untaken);
        }
    }

    private static <T extends AutoCloseable> void close(Pending<T> pending) {
        pending.store().thenAccept(store -> {
            try {
                store.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not close the store opened early: " + e.getMessage(), e);
            }
        }).exceptionally(e -> null).join();
    }
}
