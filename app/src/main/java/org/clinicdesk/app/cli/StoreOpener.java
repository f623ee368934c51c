package org.clinicdesk.app.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.clinicdesk.core.common.ClinicException;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.keys.StoreAccess;

/**
 * Opens the store for one command. The embedded database admits one program at a time, so a command started while
 * another is finishing waits a little for it; if the store stays in use (the window is open), it says so plainly.
 */
final class StoreOpener {
    /** H2's "database may be already in use": another process holds the file lock. */
    private static final int H2_DATABASE_IN_USE = 90020;
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final long RETRY_MILLIS = 250;

    private StoreOpener() {
    }

    /** The store in {@code dataDir} is open in another program. */
    static final class StoreBusyException extends ClinicException {
        StoreBusyException(Path dataDir) {
            super("The store in " + dataDir + " is in use by another ClinicDesk program (the window or another "
                    + "command). Close it or let it finish, then try again.");
        }
    }

    /** For every verb but {@code init}: an old plain store is refused (only init may encrypt it and show its key). */
    static LocalStore open(Path dataDir, CliEnvironment env) {
        return open(dataDir, env.clock(), env.storeAccess().refusingPlainStores());
    }

    static LocalStore open(Path dataDir, Clock clock, StoreAccess access) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                return LocalStore.open(dataDir, clock, access);
            } catch (RuntimeException e) {
                if (inUse(e).isEmpty()) {
                    throw e;
                }
                if (System.nanoTime() > deadline) {
                    throw new StoreBusyException(dataDir);
                }
                pause();
            }
        }
    }

    private static Optional<SQLException> inUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the store", interrupted);
        }
    }
}
