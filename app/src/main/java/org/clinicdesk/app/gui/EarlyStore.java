package org.clinicdesk.app.gui;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.clinicdesk.app.OpenedEarly;
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
    private static final OpenedEarly<Workstore> OPENING = new OpenedEarly<>();

    private EarlyStore() {
    }

    /** Starts opening the store named by the window's arguments, when it exists; else does nothing. */
    static void start(List<String> args, Map<String, String> env, StoreOpener opener) {
        if (args.contains("--demo")) {
            return; // the demo makes its own folder and store
        }
        java.nio.file.Path dataDir;
        try {
            dataDir = WorkstationOptions.parse(args, env).dataDir();
        } catch (RuntimeException e) {
            return; // the window says what is wrong with its options
        }
        if (Files.isRegularFile(StoreDatabase.file(dataDir))) {
            OPENING.start(dataDir, opener::open);
        }
    }

    /** Opens with {@code opener}, except the directory whose store is already being opened: that store, once. */
    static StoreOpener or(StoreOpener opener) {
        return dataDir -> OPENING.take(dataDir).orElseGet(() -> opener.open(dataDir));
    }

    /** Closes a store opened early that the window never took (it failed to start). */
    static void closeUntaken() {
        OPENING.closeUntaken();
    }
}
