package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.sync.SyncStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncServiceTest {
    private static final UUID CLINIC = UUID.randomUUID();
    @TempDir
    static Path dir;
    private static PgTestDatabase db;

    @BeforeAll
    static void start() {
        db = PgTestDatabase.create();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void aChangePushedByReceptionReachesTheDoctorsDesktopThroughNotification() throws Exception {
        try (Desktop reception = new Desktop(dir.resolve("A"), "A", CLINIC, db.site(CLINIC, "A"), Clock.systemUTC());
             Desktop doctor = new Desktop(dir.resolve("B"), "B", CLINIC, db.site(CLINIC, "B"), Clock.systemUTC());
             SyncService service = new SyncService(doctor.store, doctor.central, Duration.ofHours(1))) {
            StatusWatcher watcher = new StatusWatcher();
            service.addListener(watcher);
            service.start();
            watcher.awaitStatus(s -> s.connectivity() == SyncStatus.Connectivity.ONLINE, Duration.ofSeconds(30),
                    "first sync of the doctor's desktop");

            awaitListening(doctor.central.user());
            Patient patient = reception.register(new Random(1));
            reception.sync();

            watcher.awaitStatus(s -> doctor.store.patients().findById(patient.id()).isPresent(), Duration.ofSeconds(30),
                    "the patient to arrive without waiting for the hourly schedule");
            assertThat(service.status().pendingChanges()).isZero();
            assertThat(service.status().lastSuccess()).isPresent();
        }
    }

    /** Waits until the role's LISTEN session is up, so that the change below can only arrive by notification. */
    private static void awaitListening(String role) throws java.sql.SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (java.sql.Connection admin = db.adminConnection();
             java.sql.PreparedStatement ps = admin.prepareStatement("SELECT count(*) FROM pg_stat_activity "
                     + "WHERE usename = ? AND query LIKE 'LISTEN%'")) {
            ps.setString(1, role);
            while (true) {
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                assertThat(System.nanoTime()).as("desktop started listening").isLessThan(deadline);
                Thread.onSpinWait();
            }
        }
    }

    @Test
    void anUnreachableServerShowsOfflineWithPendingChangesAndNeverBlocksTheCaller() throws Exception {
        CentralServer nowhere = new CentralServer("jdbc:postgresql://127.0.0.1:1/none", "x", "y");
        try (Desktop desk = new Desktop(dir.resolve("C"), "C", CLINIC, nowhere, Clock.systemUTC());
             SyncService service = new SyncService(desk.store, nowhere, Duration.ofHours(1))) {
            desk.register(new Random(2));
            StatusWatcher watcher = new StatusWatcher();
            service.addListener(watcher);
            service.start();
            long before = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                service.requestSync();
                service.status();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofMillis(500));
            SyncStatus offline = watcher.awaitStatus(s -> s.connectivity() == SyncStatus.Connectivity.OFFLINE
                    && s.problem().isPresent() && s.problem().get().contains("Sync with the central server stopped"),
                    Duration.ofSeconds(30), "offline status");
            assertThat(offline.pendingChanges()).isEqualTo(1);
            assertThat(offline.lastSuccess()).isEmpty();
        }
    }
}
