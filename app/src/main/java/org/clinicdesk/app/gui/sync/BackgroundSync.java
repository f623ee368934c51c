package org.clinicdesk.app.gui.sync;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.sync.CentralSettings;
import org.clinicdesk.core.sync.SyncStatus;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.sync.CentralServer;
import org.clinicdesk.storage.sync.SyncService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's background sync: runs {@link SyncService} while the data directory has central settings, counts
 * the outbox every second (so local saves show as waiting at once and go out without waiting for the schedule),
 * and hands everything to the FX thread through {@code fx}. Every method returns at once; the blocking parts
 * (opening, closing, counting) run on its own daemon thread.
 */
public final class BackgroundSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundSync.class);
    private final LocalStore store;
    private final Duration interval;
    private final Executor fx;
    private final ZoneId zone;
    private final ScheduledExecutorService worker;
    private final ReadOnlyObjectWrapper<SyncStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper pending = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(Messages.get("status.sync.notConfigured"));
    private volatile SyncService service; // replaced on the worker thread only
    private volatile boolean exposed; // the server is reached without verified TLS, by an administrator's choice
    private long lastCount = -1; // worker thread only

    public BackgroundSync(LocalStore store, Duration interval, Executor fx, ZoneId zone) {
        this.store = store;
        this.interval = interval;
        this.fx = fx;
        this.zone = zone;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clinicdesk-sync-window");
            t.setDaemon(true);
            return t;
        });
        status.addListener((o, was, now) -> updateText());
        pending.addListener((o, was, now) -> updateText());
    }

    /** Starts syncing if the data directory names a central server, and the outbox count. */
    public void start() {
        worker.execute(this::restart);
        worker.scheduleWithFixedDelay(this::countPending, 0, 1, TimeUnit.SECONDS);
    }

    /** After the settings changed: the old service stops (waiting for a run under way), a new one starts. */
    public void reconfigure() {
        worker.execute(this::restart);
    }

    /** Asks for a sync now; nothing happens when no server is set up. */
    public void syncNow() {
        worker.execute(() -> Optional.ofNullable(service).ifPresent(SyncService::requestSync));
    }

    private void restart() {
        try {
            Optional<CentralServer> server = CentralSettings.stored(store);
            if (service != null) {
                service.close();
                service = null;
            }
            if (server.isEmpty()) {
                fx.execute(() -> status.set(null));
                return;
            }
            exposed = server.get().transport().exposes(server.get().url());
            SyncService started = new SyncService(store, server.get(), interval);
            started.addListener(s -> fx.execute(() -> status.set(s)));
            started.start();
            service = started;
        } catch (RuntimeException e) {
            LOG.warn("Background sync could not start", e);
        }
    }

    private void countPending() {
        try {
            long count = store.outbox().size();
            if (count != lastCount) {
                fx.execute(() -> pending.set(count));
            }
            if (count > lastCount && lastCount >= 0 && service != null) {
                service.requestSync(); // a local save: send it now rather than at the next scheduled run
            }
            lastCount = count;
        } catch (RuntimeException e) {
            LOG.debug("Could not count the outbox", e);
        }
    }

    private void updateText() {
        SyncStatus s = status.get();
        if (s == null) {
            text.set(Messages.get("status.sync.notConfigured"));
            return;
        }
        long waiting = pending.get() >= 0 ? pending.get() : s.pendingChanges();
        String shown = SyncStatusText.of(s, waiting, zone);
        text.set(exposed ? Messages.get("sync.barNotEncrypted", shown) : shown);
    }

    /** The last status the sync reported, or null while no server is set up. FX thread. */
    public ReadOnlyObjectProperty<SyncStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Stops syncing; blocks while a run finishes, so call it off the FX thread. */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (service != null) {
            service.close();
        }
    }
}
