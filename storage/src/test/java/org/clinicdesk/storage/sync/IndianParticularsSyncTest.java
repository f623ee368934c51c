package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;
import org.clinicdesk.core.patient.AbhaNumber;
import org.clinicdesk.core.patient.Particulars;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Relative;
import org.clinicdesk.core.patient.RelativeRelation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Indian particulars (relative, village, district, state, PIN, ABHA) sync like the other patient fields: whole
 * from the desk that registered them, and field by field when two desks change different ones offline.
 */
class IndianParticularsSyncTest {
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
    void concurrentEditsOfDifferentParticularsBothSurvive() {
        try (Desktop reception = new Desktop(dir.resolve("A"), "A", CLINIC, db.site(CLINIC, "A"), Clock.systemUTC());
             Desktop doctor = new Desktop(dir.resolve("B"), "B", CLINIC, db.site(CLINIC, "B"), Clock.systemUTC())) {
            Patient registered = reception.register(new Random(7));
            Particulars first = new Particulars(new Relative(RelativeRelation.S_O, "Ramesh Kumar"), "Hosakote",
                    "Bengaluru Rural", "Karnataka", "562114", null);
            save(reception, with(registered, first));
            reception.sync();
            doctor.sync();
            assertThat(doctor.store.patients().findById(registered.id()).orElseThrow().particulars())
                    .as("the registering desk's particulars reach the other desk").isEqualTo(first);

            String abhaBody = "9112345678901";
            AbhaNumber abha = new AbhaNumber(abhaBody + AbhaNumber.checkDigit(abhaBody));
            Patient atReception = reception.store.patients().findById(registered.id()).orElseThrow();
            save(reception, with(atReception, new Particulars(first.relative(), "Devanahalli", first.district(),
                    first.state(), first.pin(), null)));
            Patient atDoctor = doctor.store.patients().findById(registered.id()).orElseThrow();
            save(doctor, with(atDoctor, new Particulars(first.relative(), first.village(), first.district(),
                    first.state(), first.pin(), abha)));

            reception.sync();
            doctor.sync();
            reception.sync();

            Particulars expected = new Particulars(first.relative(), "Devanahalli", first.district(), first.state(),
                    first.pin(), abha);
            assertThat(reception.store.patients().findById(registered.id()).orElseThrow().particulars()).isEqualTo(expected);
            assertThat(doctor.store.patients().findById(registered.id()).orElseThrow().particulars()).isEqualTo(expected);
        }
    }

    private static Patient with(Patient p, Particulars particulars) {
        return new Patient(p.id(), p.uhid(), p.name(), p.dateOfBirth(), p.sex(), p.phone(), p.address(), p.allergies(),
                p.status(), particulars);
    }

    private static void save(Desktop desk, Patient p) {
        desk.store.context().tx().run(() -> desk.store.patients().save(p));
    }
}
