package org.clinicdesk.app.gui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.app.gui.testsupport.CentralTestDatabase;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.storage.sync.CentralServer;
import org.clinicdesk.storage.sync.SyncEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board's change marker moves when a pull brings rows even if they carry older versions than the desk's own
 * newest write (the other desk's clock is behind), so the board refreshes within its one-second poll.
 */
class PulledChangesMoveTheMarkerTest {
    private static final UUID CLINIC = UUID.randomUUID();
    @TempDir
    Path dir;

    @Test
    void aPulledQueueEntryOlderThanTheDesksOwnNewestStillChangesTheMarker() {
        try (CentralTestDatabase central = CentralTestDatabase.create();
             Workstore a = desk("A", Clock.systemUTC());
             Workstore b = desk("B", Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2)))) {
            var admin = a.services().users().addFirstAdmin("admin", DemoSetup.PASSWORD.toCharArray(), SiteCode.of("A"));
            DemoSetup.addStaff(a.services(), new Actor(admin.id(), "admin", Role.ADMIN, SiteCode.of("A")),
                    DemoSetup.PASSWORD.toCharArray());
            CentralServer siteA = central.site(CLINIC, "A", central.url());
            CentralServer siteB = central.site(CLINIC, "B", central.url());
            sync(a, siteA);
            sync(b, siteB);
            queue(b, "Early Bird"); // stamped two minutes ahead: the newest version on desk B
            sync(b, siteB);

            queue(a, "Late Comer"); // desk A's clock is behind: an older version than B's own entry
            sync(a, siteA);
            long before = b.changeMarker();
            sync(b, siteB);

            assertThat(b.changeMarker()).isNotEqualTo(before);
            Session nurseAtB = Sessions.signIn(b, "nurse");
            assertThat(b.services().queue().board(nurseAtB.actor()).stream()
                    .map(r -> r.patient().name().full()).toList()).contains("Late Comer");
        }
    }

    private Workstore desk(String site, Clock clock) {
        Workstore store = LocalWorkstore.opener(clock).open(dir.resolve(site));
        store.initialise(new SiteSettings(SiteCode.of(site), "Green Valley", CLINIC));
        return store;
    }

    private static void sync(Workstore store, CentralServer server) {
        new SyncEngine(store.services().store(), server).syncOnce();
    }

    private static void queue(Workstore store, String name) {
        Session desk = Sessions.signIn(store, "reception");
        var patient = store.services().patients().register(desk.actor(), new PatientDetails(PersonName.parse(name),
                DateOfBirth.exact(LocalDate.of(1990, 5, 6), LocalDate.now()), Sex.M, null, "", List.of()));
        store.services().queue().add(desk.actor(), patient, Priority.NORMAL);
    }
}
