package org.clinicdesk.app.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.clinicdesk.app.gui.common.StoreOpener;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.storage.db.StoreDatabase;

/**
 * The store of an existing data directory opened while JavaFX starts, instead of after the window is on screen: H2,
 * Hibernate and the toolkit each take about a second, and the two cores can do them side by side. Only for a
 * directory that already holds a store and never for the demo, so a first start still shows its opening screen and
 * choice as before. The window takes the opened store (or the error opening it) through {@link #or}; whatever it
 * never takes is closed when the window has gone.
 */
final class EarlyStore {
    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private record Pending(Path dataDir, CompletableFuture<Workstore> store) {
    }

    private EarlyStore() {
    }

    /** Starts opening the store named by the window's arguments, when it exists; else does nothing. */
    static void start(List<String> args, Map<String, String> env, StoreOpener opener) {
        if (args.contains("--demo")) {
            return; // the demo makes its own folder and store
        }
        Path dataDir;
        try {
            dataDir = WorkstationOptions.parse(args, env).dataDir();
        } catch (RuntimeException e) {
            return; // the window says what is wrong with its options
        }
        if (!Files.isRegularFile(StoreDatabase.file(dataDir))) {
            return;
        }
        CompletableFuture<Workstore> store = new CompletableFuture<>();
        PENDING.set(new Pending(dataDir, store));
        Thread opening = new Thread(() -> {
            try {
                store.complete(opener.open(dataDir));
            } catch (Throwable e) {
                store.completeExceptionally(e);
            }
        }, "store-open");
        opening.setDaemon(true);
        opening.start();
    }

    /**
     * Opens with {@code opener}, except the directory whose store is already being opened: that store once open (or
     * the error that opening it raised), and only once.
     */
    static StoreOpener or(StoreOpener opener) {
        return dataDir -> {
            Pending pending = PENDING.get();
            if (pending == null || !pending.dataDir().equals(dataDir) || !PENDING.compareAndSet(pending, null)) {
                return opener.open(dataDir);
            }
            try {
                return pending.store().join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        };
    }

    /** Closes a store opened early that the window never took (it failed to start). */
    static void closeUntaken() {
        Pending pending = PENDING.getAndSet(null);
        if (pending != null) {
            pending.store().thenAccept(Workstore::close).exceptionally(e -> null).join();
        }
    }
}
