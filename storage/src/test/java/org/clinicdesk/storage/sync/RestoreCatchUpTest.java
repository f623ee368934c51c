package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.audit.AuditService;
import org.clinicdesk.core.audit.ChainVerification;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.storage.backup.BackupManifest;
import org.clinicdesk.storage.backup.StoreBackups;
import org.clinicdesk.storage.backup.StoreRestore;
import org.clinicdesk.storage.keys.KeyFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk pushes, is backed up, pushes more, is restored from the older backup and syncs again against a real
 * central PostgreSQL: it gets back everything it had pushed (nothing lost, nothing twice), continues its UHIDs and
 * its audit chain above what the server has of its site, and that chain verifies against the server's.
 */
class RestoreCatchUpTest {
    private static final UUID CLINIC = UUID.randomUUID();
    @TempDir
    Path dir;

    private static void audited(Desktop desk, Patient p) {
        desk.store.context().tx().run(() -> desk.store.auditLog().append("doctor",
                AuditRecord.aboutPatient(AuditAction.CHART_OPENED, "patient", p.id(), p.uhid().value(), "")));
    }

    private static void work(Desktop desk, Random random, int patients) {
        for (int i = 0; i < patients; i++) {
            Patient p = desk.register(random);
            desk.advance(desk.enqueue(p.id()).id(), random);
            desk.amend(desk.sign(desk.draft(p.id(), random).id()).id(), random);
            audited(desk, p);
        }
    }

    private static long central(PgTestDatabase db, String sql) throws SQLException {
        try (Connection c = db.adminConnection(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aDeskRestoredFromAnOlderBackupCatchesUpWithWhatItHadPushed() throws Exception {
        Clock clock = Clock.systemUTC();
        Random random = new Random(41);
        KeyFolder keys = KeyFolder.defaultHere();
        try (PgTestDatabase db = PgTestDatabase.create()) {
            CentralServer siteA = db.site(CLINIC, "A");
            Path backup;
            List<UUID> pushedPatients;
            List<UUID> pushedNotes;
            long pushedEvents;
            try (Desktop desk = new Desktop(dir.resolve("a"), "A", CLINIC, siteA, clock)) {
                work(desk, random, 3);
                desk.sync();
                backup = new StoreBackups(desk.store, keys, clock).take(BackupManifest.Kind.SCHEDULED, Optional.empty())
                        .file();
                // Registered after the backup with the desk's own counter, as the registration use case would.
                work(desk, random, 2);
                desk.sync();
                pushedPatients = desk.ids("patient", "1 = 1");
                pushedNotes = desk.ids("soap_note", "1 = 1");
                pushedEvents = desk.store.auditLog().chainOf("A").size();
            }
            assertThat(central(db, "SELECT COUNT(*) FROM audit_event WHERE site = 'A'")).isEqualTo(pushedEvents);

            StoreRestore.toNewFolder(backup, dir.resolve("restored"), keys, clock);
            try (Desktop restored = new Desktop(dir.resolve("restored"), "A", CLINIC, siteA, clock)) {
                assertThat(restored.ids("patient", "1 = 1")).hasSize(3);
                restored.sync();

                assertThat(restored.ids("patient", "1 = 1")).containsExactlyInAnyOrderElementsOf(pushedPatients);
                assertThat(restored.ids("soap_note", "1 = 1")).containsExactlyInAnyOrderElementsOf(pushedNotes);
                assertThat(restored.store.auditLog().chainOf("A")).hasSize((int) pushedEvents);

                // New work continues above what the old store had issued and pushed.
                long nextUhid = restored.store.context().tx().inTransaction(
                        () -> restored.store.context().sequences().next("uhid"));
                assertThat(nextUhid).isGreaterThan(5);
                Patient seen = restored.store.patients().findById(pushedPatients.get(0)).orElseThrow();
                audited(restored, seen);
                restored.sync();

                assertThat(restored.store.auditLog().chainOf("A")).hasSize((int) pushedEvents + 1);
                assertThat(new AuditService(restored.store.context().tx(), restored.store.auditLog()).verifyAll())
                        .allMatch(ChainVerification::intact);
                assertThat(AuditAgainstServer.compare(restored.store, siteA))
                        .allSatisfy(check -> assertThat(check.problem()).isEmpty());
                assertThat(central(db, "SELECT COUNT(*) FROM audit_event WHERE site = 'A'")).isEqualTo(pushedEvents + 1);
                assertThat(central(db, "SELECT COUNT(*) FROM patient")).isEqualTo(5);
                assertThat(central(db, "SELECT COUNT(*) FROM soap_note")).isEqualTo(5);
                assertThat(central(db, "SELECT COUNT(*) FROM sync_conflict")).isZero();
            }
        }
    }

    /**
     * An administrator signed in for an emergency before the catch-up: the events written then (the sign-in, a chart
     * read, an edit) took sequence numbers the server already holds for this site. The catch-up puts them above the
     * server's events, keeping what they say, when and by whom, also when a sync was cut off half-way through that;
     * nothing is refused and both chains verify. UHIDs and
     * tokens are not issued until then, because the desk's older self may have issued the same ones.
     */
    @Test
    void eventsWrittenBeforeTheCatchUpAreChainedAboveTheServersAndNoUhidIsIssuedUntilThen() throws Exception {
        Clock clock = Clock.systemUTC();
        Random random = new Random(43);
        KeyFolder keys = KeyFolder.defaultHere();
        try (PgTestDatabase db = PgTestDatabase.create()) {
            CentralServer siteA = db.site(CLINIC, "A");
            Path backup;
            long pushedEvents;
            try (Desktop desk = new Desktop(dir.resolve("a"), "A", CLINIC, siteA, clock)) {
                work(desk, random, 2);
                desk.sync();
                backup = new StoreBackups(desk.store, keys, clock).take(BackupManifest.Kind.SCHEDULED, Optional.empty())
                        .file();
                work(desk, random, 2);
                desk.sync();
                pushedEvents = desk.store.auditLog().chainOf("A").size();
            }
            StoreRestore.toNewFolder(backup, dir.resolve("restored"), keys, clock);
            try (Desktop restored = new Desktop(dir.resolve("restored"), "A", CLINIC, siteA, clock)) {
                restored.auditing();
                int before = restored.store.auditLog().chainOf("A").size();
                assertThat(before).isLessThan((int) pushedEvents);
                UUID first = restored.ids("patient", "1 = 1").get(0);
                Patient seen = restored.store.patients().findById(first).orElseThrow();
                restored.store.context().tx().run(() -> restored.store.auditLog().append("admin", AuditRecord.of(
                        AuditAction.EMERGENCY_ACCESS, "user", "admin", "server down since Monday")));
                audited(restored, seen);
                restored.editField(first, random);
                assertThatThrownBy(() -> restored.store.context().tx().inTransaction(
                        () -> restored.store.context().sequences().next("uhid")))
                        .as("no UHID before the catch-up").hasMessageContaining("caught up");
                assertThatThrownBy(() -> restored.store.context().tx().inTransaction(
                        () -> restored.store.context().sequences().next("token:" + java.time.LocalDate.now())))
                        .as("no token before the catch-up").hasMessageContaining("caught up");
                assertThat(restored.store.auditLog().chainOf("A")).hasSize(before + 3);
                // A sync that set them aside and was cut off before its pull; the desk went on reading charts.
                assertThat(RestoredChain.setAside(restored.store, "A")).isEqualTo(3);
                audited(restored, seen);

                var report = restored.sync();

                assertThat(report.conflicts()).isZero();
                List<org.clinicdesk.core.audit.AuditEvent> chain = restored.store.auditLog().chainOf("A");
                assertThat(chain).hasSize((int) pushedEvents + 4);
                List<org.clinicdesk.core.audit.AuditEvent> held = chain.subList((int) pushedEvents, chain.size());
                assertThat(held).extracting(org.clinicdesk.core.audit.AuditEvent::action).containsExactly(
                        AuditAction.EMERGENCY_ACCESS.name(), AuditAction.CHART_OPENED.name(),
                        AuditAction.PATIENT_EDITED.name(), AuditAction.CHART_OPENED.name());
                assertThat(held.get(0).detail()).isEqualTo("server down since Monday");
                assertThat(held.get(0).username()).isEqualTo("admin");
                assertThat(held.get(2).rowDigest()).as("the edit still vouches for the row it wrote").isNotEmpty();
                assertThat(new AuditService(restored.store.context().tx(), restored.store.auditLog()).verifyAll())
                        .allMatch(ChainVerification::intact);
                assertThat(AuditAgainstServer.compare(restored.store, siteA))
                        .allSatisfy(check -> assertThat(check.problem()).isEmpty());
                assertThat(central(db, "SELECT COUNT(*) FROM audit_event WHERE site = 'A'")).isEqualTo(pushedEvents + 4);
                assertThat(central(db, "SELECT COUNT(*) FROM audit_event WHERE site = 'A' AND action = 'EMERGENCY_ACCESS' "
                        + "AND sequence = " + (pushedEvents + 1))).isEqualTo(1);
                assertThat(central(db, "SELECT COUNT(*) FROM sync_conflict")).isZero();
                assertThat(restored.store.context().tx().inTransaction(
                        () -> restored.store.context().sequences().next("uhid"))).as("UHIDs continue after the catch-up")
                        .isGreaterThan(4);
            }
        }
    }
}
