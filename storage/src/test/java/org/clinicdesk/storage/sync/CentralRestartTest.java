package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clinicdesk.core.sync.SyncStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The central server goes down in the middle of a sync and comes back: the background sync resumes and completes. */
class CentralRestartTest {
    private static final UUID CLINIC = UUID.randomUUID();
    @TempDir
    Path dir;

    @Test
    void syncResumesAndCompletesAfterTheServerIsStoppedAndStartedMidSync() throws Exception {
        try (PrivatePostgres server = PrivatePostgres.start();
             PgTestDatabase db = PgTestDatabase.create(server.url(), "postgres", "")) {
            CentralServer site = db.site(CLINIC, "A");
            try (Desktop desk = new Desktop(dir, "A", CLINIC, site, Clock.systemUTC())) {
                Random random = new Random(5);
                for (int i = 0; i < 150; i++) {
                    desk.enqueue(desk.register(random).id());
                }
                CountDownLatch stoppedMidSync = new CountDownLatch(1);
                AtomicBoolean stopOnce = new AtomicBoolean();
                SyncProgress stopAfter100 = (phase, rows, pid) -> {
                    if (phase == SyncProgress.Phase.PUSH && rows >= 100 && stopOnce.compareAndSet(false, true)) {
                        try {
                            server.stopServer();
                            stoppedMidSync.countDown();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                };
                try (SyncService service = new SyncService(desk.store, site, Duration.ofMillis(300), Clock.systemUTC(),
                        stopAfter100)) {
                    StatusWatcher watcher = new StatusWatcher();
                    service.addListener(watcher);
                    service.start();
                    assertThat(stoppedMidSync.await(60, TimeUnit.SECONDS)).as("server stopped during a sync").isTrue();
                    SyncStatus offline = watcher.awaitStatus(s -> s.connectivity() == SyncStatus.Connectivity.OFFLINE,
                            Duration.ofSeconds(60), "offline while the server is down");
                    assertThat(offline.pendingChanges()).isPositive();

                    server.startServer();
                    SyncStatus done = watcher.awaitStatus(s -> s.connectivity() == SyncStatus.Connectivity.ONLINE
                            && s.pendingChanges() == 0, Duration.ofSeconds(60), "sync completed after the restart");
                    assertThat(done.lastSuccess()).isPresent();
                }
                try (Connection admin = db.adminConnection(); Statement st = admin.createStatement();
                     ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM patient), (SELECT count(*) FROM queue_entry), "
                             + "(SELECT count(*) FROM change_feed)")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(150);
                    assertThat(rs.getInt(2)).isEqualTo(150);
                    assertThat(rs.getInt(3)).isGreaterThanOrEqualTo(300);
                }
            }
        }
    }
}
