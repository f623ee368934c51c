package org.clinicdesk.app.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.app.gui.testsupport.WindowTest.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.queue.BoardItem;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.app.gui.testsupport.CentralTestDatabase;
import org.clinicdesk.app.gui.testsupport.Desk;
import org.clinicdesk.app.gui.testsupport.NetworkCable;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.app.sync.CentralSettings;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.sync.SyncStatus;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.storage.sync.CentralServer;
import org.clinicdesk.storage.sync.SyncEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two workstation windows (reception at site A, the doctor at site B, each with its own store) and one central
 * PostgreSQL server reached through a cable the test can pull: the queue travels within seconds while online, both
 * desks keep working and say so while offline, and they converge once the server is back.
 */
@ExtendWith(ApplicationExtension.class)
class TwoDesksSyncTest {
    private static final UUID CLINIC = UUID.randomUUID();
    private static CentralTestDatabase central;
    private static NetworkCable cable;
    @TempDir
    Path dir;
    private Desk reception;
    private Desk doctor;

    @BeforeAll
    static void centralServer() throws Exception {
        central = CentralTestDatabase.create();
        cable = NetworkCable.to(central.url());
    }

    @AfterAll
    static void dropCentral() throws Exception {
        cable.close();
        central.close();
    }

    @BeforeEach
    void openBothDesks() throws Exception {
        FxToolkit.registerPrimaryStage();
        Workstore a = desk("A");
        DemoSetup.addStaff(a.services(), admin(a, "A"), DemoSetup.PASSWORD.toCharArray());
        new SyncEngine(a.services().store(), CentralSettings.stored(a.services().store()).orElseThrow()).syncOnce();
        Workstore b = desk("B"); // the doctor's desk joins the clinic: its first sync brings the staff
        new SyncEngine(b.services().store(), CentralSettings.stored(b.services().store()).orElseThrow()).syncOnce();
        // notifications and local saves drive sync; the schedule only brings a desk back after an outage
        reception = Desk.open(a, "Reception (site A)", 0, Duration.ofSeconds(15));
        doctor = Desk.open(b, "Doctor (site B)", 640, Duration.ofSeconds(15));
        reception.signIn("reception");
        doctor.signIn("doctor");
    }

    private Workstore desk(String site) {
        Workstore store = TestStores.open(dir.resolve(site));
        store.initialise(new SiteSettings(SiteCode.of(site), "Green Valley", CLINIC));
        CentralServer server = central.site(CLINIC, site, cable.through(central.url()));
        CentralSettings.save(store.services().store(), server);
        return store;
    }

    private static Actor admin(Workstore store, String site) {
        var admin = store.services().users().addFirstAdmin("admin", DemoSetup.PASSWORD.toCharArray(), SiteCode.of(site));
        return new Actor(admin.id(), admin.username(), Role.ADMIN, SiteCode.of(site));
    }

    @AfterEach
    void closeBothDesks() throws Exception {
        cable.plugIn();
        if (doctor != null) {
            doctor.close();
        }
        if (reception != null) {
            reception.close();
        }
    }

    @Test
    void queueTravelsWhileOnlineBothWorkOfflineAndTheyConvergeWhenTheServerReturns() throws Exception {
        waitUntil(() -> reception.syncText().startsWith("Sync: Online") && doctor.syncText().startsWith("Sync: Online"));

        QueueEntry meera = queue(reception.store(), "Meera Online");
        long queuedAt = System.nanoTime();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> names(doctor).contains("Meera Online"));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - queuedAt);
        System.err.println("queued at reception -> on the doctor's board: " + millis + " ms");

        cable.cut();
        queue(reception.store(), "Ravi Offline");
        Session nurseAtB = Sessions.signIn(doctor.store(), "nurse");
        doctor.store().services().queue().move(nurseAtB.actor(), meera.token(), QueueStatus.IN_TRIAGE, "");

        // each desk's own work shows on its board (within the board's one-second refresh) while the server is gone
        waitUntil(() -> offlineWithChangesWaiting(reception) && offlineWithChangesWaiting(doctor)
                && names(reception).size() == 2 && statusOf(doctor, "Meera Online") == QueueStatus.IN_TRIAGE);
        assertThat(names(reception)).containsExactlyInAnyOrder("Meera Online", "Ravi Offline");
        assertThat(statusOf(doctor, "Meera Online")).isEqualTo(QueueStatus.IN_TRIAGE);
        assertThat(statusOf(reception, "Meera Online")).isEqualTo(QueueStatus.WAITING);
        assertThat(reception.sync().pendingProperty().get()).isPositive();
        assertThat(doctor.sync().statusProperty().get().connectivity()).isEqualTo(SyncStatus.Connectivity.OFFLINE);

        cable.plugIn();
        waitUntil(() -> converged(reception) && converged(doctor)
                && boardState(reception).equals(boardState(doctor))
                && names(doctor).contains("Ravi Offline")
                && statusOf(reception, "Meera Online") == QueueStatus.IN_TRIAGE);
        assertThat(boardState(doctor)).hasSize(2);
    }

    private static boolean offlineWithChangesWaiting(Desk desk) {
        String text = desk.syncText();
        return text.startsWith("Sync: Offline") && text.contains("waiting") && !text.contains("no changes waiting");
    }

    private static boolean converged(Desk desk) {
        String text = desk.syncText();
        return text.startsWith("Sync: Online") && text.contains("no changes waiting") && text.contains("last sync");
    }

    private static QueueEntry queue(Workstore store, String name) {
        Session desk = Sessions.signIn(store, "reception");
        var patient = store.services().patients().register(desk.actor(), new PatientDetails(PersonName.parse(name),
                DateOfBirth.exact(LocalDate.of(1985, 3, 14), LocalDate.now()), Sex.F, null, "", List.of()));
        return store.services().queue().add(desk.actor(), patient, Priority.URGENT);
    }

    private static List<String> names(Desk desk) {
        return desk.board().stream().map(BoardItem::name).toList();
    }

    private static QueueStatus statusOf(Desk desk, String name) {
        return desk.board().stream().filter(i -> i.name().equals(name)).map(BoardItem::status).findFirst().orElse(null);
    }

    private static Set<String> boardState(Desk desk) {
        return desk.board().stream().map(i -> i.token() + " " + i.name() + " " + i.status()).collect(Collectors.toSet());
    }
}
