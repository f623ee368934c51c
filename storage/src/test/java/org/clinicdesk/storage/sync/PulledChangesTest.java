package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;
import org.clinicdesk.core.patient.Patient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pulled rows go in with plain JDBC: they are not captured again (no ping-pong) and cached copies are dropped. */
class PulledChangesTest {
    private static final UUID CLINIC = UUID.randomUUID();
    @TempDir
    static Path dir;
    private static PgTestDatabase db;
    private static Desktop reception;
    private static Desktop doctor;

    @BeforeAll
    static void start() {
        db = PgTestDatabase.create();
        reception = new Desktop(dir.resolve("A"), "A", CLINIC, db.site(CLINIC, "A"), Clock.systemUTC());
        doctor = new Desktop(dir.resolve("B"), "B", CLINIC, db.site(CLINIC, "B"), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        reception.close();
        doctor.close();
        db.close();
    }

    @Test
    void pulledChangesAreNotPushedBack() {
        reception.register(new Random(1));
        reception.sync();
        assertThat(doctor.sync().pulled()).isPositive();
        assertThat(doctor.store.outbox().size()).isZero();
        assertThat(doctor.sync().pushed()).isZero();
        assertThat(reception.sync().pulled()).as("nothing bounces back to the sender").isZero();
    }

    @Test
    void theSameUserNameCreatedOnTwoDesksIsAConflictAndSyncCarriesOn() {
        for (Desktop desk : java.util.List.of(reception, doctor)) {
            org.clinicdesk.core.users.User nina = new org.clinicdesk.core.users.User(desk.store.context().ids().newId(),
                    "nina", "Nina " + desk.site, org.clinicdesk.core.users.Role.NURSE, "$argon2id$v=19$m=1,t=1,p=1$c2FsdA$aGFzaA",
                    true, false);
            desk.store.context().tx().run(() -> desk.store.users().save(nina));
        }
        reception.sync();
        org.clinicdesk.core.sync.SyncReport report = doctor.sync();
        assertThat(report.conflictDetails()).anySatisfy(d -> assertThat(d).startsWith("app_user").contains("could not be stored"));
        Patient later = reception.register(new Random(9));
        reception.sync();
        doctor.sync();
        assertThat(doctor.store.patients().findById(later.id())).as("sync is not stuck behind the conflict").isPresent();
    }

    @Test
    void aPulledEditReplacesTheCachedPatient() {
        Patient patient = reception.register(new Random(2));
        reception.sync();
        doctor.sync();
        Patient cached = doctor.store.patients().findById(patient.id()).orElseThrow();
        reception.editField(patient.id(), new Random(3));
        Patient edited = reception.store.patients().findById(patient.id()).orElseThrow();
        assertThat(edited).isNotEqualTo(cached);
        reception.sync();
        doctor.sync();
        assertThat(doctor.store.patients().findById(patient.id())).contains(edited);
    }
}
