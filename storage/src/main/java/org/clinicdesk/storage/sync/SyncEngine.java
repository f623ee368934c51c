package org.clinicdesk.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.core.common.HybridClock;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.sync.SyncCursor;
import org.clinicdesk.core.sync.SyncRefusedException;
import org.clinicdesk.core.sync.SyncReport;
import org.clinicdesk.storage.LocalStore;

/**
 * One sync of a desktop with the central server over plain JDBC: handshake (versions, clinic, clock), push the
 * outbox in bounded batches, pull the change feed in bounded batches. Every batch is its own transaction on each
 * side, so a sync cut off at any moment loses nothing and the next one resumes where it stopped.
 */
public final class SyncEngine {
    public static final int DEFAULT_BATCH = 500;
    private final LocalStore store;
    private final CentralServer server;
    private final int batchSize;
    private final Clock wall;

    public SyncEngine(LocalStore store, CentralServer server, int batchSize, Clock wall) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.store = store;
        this.server = server;
        this.batchSize = batchSize;
        this.wall = wall;
    }

    public SyncEngine(LocalStore store, CentralServer server) {
        this(store, server, DEFAULT_BATCH, Clock.systemUTC());
    }

    public SyncReport syncOnce() {
        return syncOnce(SyncProgress.NONE);
    }

    /** Pushes then pulls; throws {@link SyncRefusedException} (nothing written) or {@link CentralUnavailableException}. */
    public SyncReport syncOnce(SyncProgress progress) {
        SiteSettings site = store.siteSettings().orElseThrow(() -> new RuleViolationException(
                "This desktop is not set up yet; run 'clinicdesk init' before syncing."));
        HybridClock clock = store.hybridClock().orElseThrow();
        Instant started = wall.instant();
        try (Connection central = server.connect()) {
            int pid = backendPid(central);
            SyncHandshake.Agreed agreed;
            LocalSyncState.State state;
            java.util.Optional<ServerDurability.Position> durability;
            try (Connection local = store.dataSource().getConnection()) {
                state = LocalSyncState.read(local);
                agreed = SyncHandshake.check(central, local, site, store.storeId().orElseThrow(),
                        store.deskKeys().orElseThrow().publicKey(), state.schemaVersion(), wall.millis());
                // before anything moves: what a lost primary never passed on goes back into the outbox
                durability = ServerDurability.read(central, agreed.centralId());
                if (durability.isPresent()) {
                    ServerDurability.reconcile(local, durability.get());
                    local.setAutoCommit(true);
                    state = LocalSyncState.read(local);
                }
            }
            SyncCursor cursor = state.centralId().filter(agreed.centralId()::equals).isPresent()
                    ? state.cursor() : SyncCursor.START;
            SyncContext context = new SyncContext(store, central, site.clinicId(), agreed, clock, batchSize, progress, pid);
            List<String> conflicts = new ArrayList<>();
            // A restored desk's events from before its catch-up wait until the pull has brought the server's.
            RestoredChain.setAside(store, site.site().value());
            BlobPhase documentBytes = new BlobPhase(context);
            // Bytes before rows: a desk that pulls a document row finds its blob already on the server.
            documentBytes.upload();
            int pushed = new PushPhase(context).run(conflicts);
            PullPhase pull = new PullPhase(context);
            int pulled = pull.run(cursor, conflicts);
            if (RestoredChain.chainAgain(store, site.site().value()) > 0) {
                pushed += new PushPhase(context).run(conflicts);
            }
            documentBytes.download();
            int open = openConflicts(central);
            try (Connection local = store.dataSource().getConnection()) {
                LocalSyncState.markSuccess(local, wall.instant());
                if (durability.isPresent()) {
                    ServerDurability.rememberTimeline(local, durability.get());
                }
            }
            return new SyncReport(pushed, pulled, conflicts.size(), conflicts, open,
                    Duration.between(started, wall.instant()), pull.cursor());
        } catch (SQLException e) {
            throw new CentralUnavailableException("Sync with the central server stopped: " + e.getMessage()
                    + ". Local changes are kept and go out at the next sync.", e);
        } finally {
            store.evictCaches();
        }
    }

    /** When this desk last synced successfully; the time survives restarts. Empty if it never has. */
    public static java.util.Optional<Instant> lastSuccess(LocalStore store) {
        try (Connection local = store.dataSource().getConnection()) {
            return LocalSyncState.read(local).lastSuccess();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read this desk's sync state: " + e.getMessage(), e);
        }
    }

    /** Changes waiting in the outbox. */
    public long pendingChanges() {
        return store.outbox().size();
    }

    private static int backendPid(Connection central) throws SQLException {
        try (PreparedStatement ps = central.prepareStatement("SELECT pg_backend_pid()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int openConflicts(Connection central) throws SQLException {
        central.setAutoCommit(true);
        try (PreparedStatement ps = central.prepareStatement("SELECT count(*) FROM sync_conflict WHERE NOT resolved");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** What both phases share. */
    record SyncContext(LocalStore store, Connection central, UUID clinicId, SyncHandshake.Agreed agreed,
                       HybridClock clock, int batchSize, SyncProgress progress, int pid) {
    }
}
