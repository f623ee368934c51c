package org.clinicdesk.app.gui.backup;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.backup.BackupManifest;
import org.clinicdesk.storage.backup.StoreBackups;
import org.clinicdesk.storage.keys.KeyFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's automatic backups: one when the store is open, one every {@code every} of use (4 hours), one at close.
 * Each runs on this class's own daemon thread, never on the FX thread; a failed or unverified backup is logged with
 * its reason (and listed by {@code clinicdesk backup list} and {@code doctor}).
 */
public final class BackgroundBackups implements AutoCloseable {
    public static final Duration EVERY = Duration.ofHours(4);
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundBackups.class);
    private final StoreBackups backups;
    private final Duration every;
    private final ScheduledExecutorService worker;
    private volatile java.util.function.Consumer<StoreBackups.Taken> onTaken = taken -> { };

    public BackgroundBackups(LocalStore store, KeyFolder keyFolder, Clock clock, Duration every) {
        this.backups = new StoreBackups(store, keyFolder, clock);
        this.every = every;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clinicdesk-backups");
            t.setDaemon(true);
            return t;
        });
    }

    /** Told of every backup taken (on the backup thread), e.g. to show the newest one's age. */
    public void onEachBackup(java.util.function.Consumer<StoreBackups.Taken> listener) {
        this.onTaken = listener;
    }

    /** The backup at start, then one every {@code every}; returns the first one's outcome. */
    public CompletableFuture<StoreBackups.Taken> start() {
        CompletableFuture<StoreBackups.Taken> first = backUpNow();
        worker.scheduleWithFixedDelay(this::backUpQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return first;
    }

    /** A backup on the worker thread, after any under way. */
    public CompletableFuture<StoreBackups.Taken> backUpNow() {
        return CompletableFuture.supplyAsync(this::backUp, worker);
    }

    private void backUpQuietly() {
        try {
            backUp();
        } catch (RuntimeException e) {
            LOG.error("The automatic backup failed", e);
        }
    }

    private StoreBackups.Taken backUp() {
        StoreBackups.Taken taken = backups.take(BackupManifest.Kind.SCHEDULED);
        if (!taken.manifest().verified()) {
            LOG.error("Backup {} failed its verification: {}", taken.file(), taken.manifest().verification());
        }
        taken.secondFolderProblem().ifPresent(p -> LOG.warn("Second backup folder: {}", p));
        onTaken.accept(taken);
        return taken;
    }

    /** Stops the schedule; a backup under way finishes first (the store must stay open until this returns). */
    @Override
    public void close() {
        worker.shutdown(); // not shutdownNow: an interrupt would make H2 close the store file under the backup
        try {
            if (!worker.awaitTermination(5, TimeUnit.MINUTES)) {
                LOG.warn("A backup was still running when the window closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
