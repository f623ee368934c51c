package org.clinicdesk.storage.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.clinicdesk.core.sync.SyncRefusedException;
import org.clinicdesk.core.sync.SyncReport;
import org.clinicdesk.core.sync.SyncStatus;
import org.clinicdesk.storage.LocalStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background sync: one sync thread runs a sync on a schedule and whenever another desktop's change is announced
 * (LISTEN/NOTIFY on a second thread). Callers never wait: {@link #requestSync()} only queues a run (several
 * requests while one is pending make one run), {@link #status()} returns the last known status. Any failure,
 * including the server vanishing mid-batch, is turned into a status; the next run resumes.
 */
public final class SyncService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    private final LocalStore store;
    private final CentralServer server;
    private final Duration interval;
    private final Clock wall;
    private final SyncProgress progress;
    private final ScheduledExecutorService syncThread;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicReference<SyncStatus> status;
    private final List<SyncStatusListener> listeners = new CopyOnWriteArrayList<>();
    private ChangeNotifications notifications;
    private Thread notificationThread;

    public SyncService(LocalStore store, CentralServer server, Duration interval, Clock wall, SyncProgress progress) {
        this.store = store;
        this.server = server;
        this.interval = interval;
        this.wall = wall;
        this.progress = progress;
        this.status = new AtomicReference<>(initialStatus(store));
        this.syncThread = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "clinicdesk-sync"));
    }

    public SyncService(LocalStore store, CentralServer server, Duration interval) {
        this(store, server, interval, Clock.systemUTC(), SyncProgress.NONE);
    }

    /** Before the first run: offline, with the last success this desktop recorded (it survives restarts). */
    private static SyncStatus initialStatus(LocalStore store) {
        SyncStatus unknown = SyncStatus.unknown(store.outbox().size());
        try {
            return new SyncStatus(unknown.connectivity(), unknown.pendingChanges(), SyncEngine.lastSuccess(store),
                    0, unknown.problem());
        } catch (IllegalStateException e) {
            return unknown;
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Starts the schedule and the change listener. */
    public void start() {
        UUID clinic = store.siteSettings().orElseThrow(() -> new IllegalStateException("store has no site")).clinicId();
        syncThread.scheduleWithFixedDelay(this::requestSync, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        notifications = new ChangeNotifications(server, clinic, this::requestSync, interval);
        notificationThread = daemon(notifications, "clinicdesk-sync-listen");
        notificationThread.start();
    }

    /** Queues a sync unless one is already waiting; returns at once. */
    public void requestSync() {
        if (queued.compareAndSet(false, true) && !syncThread.isShutdown()) {
            try {
                syncThread.execute(this::runOnce);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                queued.set(false);
            }
        }
    }

    public SyncStatus status() {
        return status.get();
    }

    public void addListener(SyncStatusListener listener) {
        listeners.add(listener);
        listener.statusChanged(status.get());
    }

    public void removeListener(SyncStatusListener listener) {
        listeners.remove(listener);
    }

    private void runOnce() {
        queued.set(false);
        SyncStatus previous = status.get();
        SyncStatus next;
        try {
            SyncReport report = new SyncEngine(store, server, SyncEngine.DEFAULT_BATCH, wall).syncOnce(progress);
            next = new SyncStatus(SyncStatus.Connectivity.ONLINE, store.outbox().size(), Optional.of(Instant.now(wall)),
                    report.openConflicts(), Optional.empty());
        } catch (SyncRefusedException e) {
            next = failed(previous, SyncStatus.Connectivity.REFUSED, e.getMessage());
        } catch (CentralUnavailableException e) {
            next = failed(previous, SyncStatus.Connectivity.OFFLINE, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Sync failed", e);
            next = failed(previous, SyncStatus.Connectivity.OFFLINE, "Sync failed: " + e.getMessage());
        }
        status.set(next);
        for (SyncStatusListener listener : listeners) {
            try {
                listener.statusChanged(next);
            } catch (RuntimeException e) {
                LOG.warn("A sync status listener failed", e);
            }
        }
    }

    private SyncStatus failed(SyncStatus previous, SyncStatus.Connectivity connectivity, String problem) {
        return new SyncStatus(connectivity, safePending(), previous.lastSuccess(), previous.conflictsNeedingPerson(),
                Optional.of(problem));
    }

    private long safePending() {
        try {
            return store.outbox().size();
        } catch (RuntimeException e) {
            return status.get().pendingChanges();
        }
    }

    @Override
    public void close() {
        if (notifications != null) {
            notifications.stop();
        }
        syncThread.shutdown();
        try {
            if (!syncThread.awaitTermination(30, TimeUnit.SECONDS)) {
                syncThread.shutdownNow();
            }
            if (notificationThread != null) {
                notificationThread.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
