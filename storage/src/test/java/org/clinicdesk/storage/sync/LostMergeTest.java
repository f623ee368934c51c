package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PhoneNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk edits a patient while its own sync is pulling (so the pulled row is left alone), and that edit then
 * loses the merge: the desk must still end with the central state, although the feed never announces it again.
 */
class LostMergeTest {
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
    void anEditThatLosesTheMergeIsReplacedByTheWinner() {
        Clock minuteBehind = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-1));
        try (Desktop reception = new Desktop(dir.resolve("A"), "A", CLINIC, db.site(CLINIC, "A"), minuteBehind);
             Desktop doctor = new Desktop(dir.resolve("B"), "B", CLINIC, db.site(CLINIC, "B"), Clock.systemUTC())) {
            Patient patient = doctor.register(new Random(1));
            doctor.sync();
            reception.sync();
            Patient atDoctor = doctor.store.patients().findById(patient.id()).orElseThrow();
            Patient winner = withPhone(atDoctor, "0801111111");
            doctor.store.context().tx().run(() -> doctor.store.patients().save(winner));
            doctor.sync();

            AtomicBoolean edited = new AtomicBoolean();
            reception.sync((phase, rows, pid) -> {
                if (phase == SyncProgress.Phase.PULL && edited.compareAndSet(false, true)) {
                    Patient mine = withPhone(reception.store.patients().findById(patient.id()).orElseThrow(), "0802222222");
                    reception.store.context().tx().run(() -> reception.store.patients().save(mine));
                }
            });
            assertThat(edited).isTrue();
            assertThat(reception.store.outbox().size()).as("the edit made during the pull waits").isEqualTo(1);

            reception.sync();
            assertThat(reception.store.patients().findById(patient.id()).orElseThrow().phone())
                    .as("the reception desk's older edit lost and the desk took over the winner")
                    .isEqualTo(winner.phone());
        }
    }

    private static Patient withPhone(Patient p, String phone) {
        return new Patient(p.id(), p.uhid(), p.name(), p.dateOfBirth(), p.sex(), PhoneNumber.parse(phone), p.address(),
                p.allergies(), p.status());
    }
}
