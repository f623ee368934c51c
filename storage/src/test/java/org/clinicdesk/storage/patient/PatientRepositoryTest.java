package org.clinicdesk.storage.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.patient.AbhaNumber;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Particulars;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Relative;
import org.clinicdesk.core.patient.RelativeRelation;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientRepositoryTest {
    @TempDir
    Path dir;
    LocalStore store;

    @BeforeEach
    void open() {
        store = TestStores.openInitialised(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyFieldRoundTripsThroughAReopenedStore() {
        Patient p = new Patient(store.context().ids().newId(), new Uhid(TestStores.SITE, 42),
                new PersonName("José María", "Núñez-O'Brien"), new DateOfBirth(LocalDate.of(1979, 7, 1), true), Sex.O,
                PhoneNumber.parse("+91 98450-12345"), "Flat 3, \"Lotus\" Apts\nMG Road", List.of("penicillin", "sulfa drugs"),
                PatientStatus.DECEASED);
        store.context().tx().run(() -> store.patients().save(p));
        store.close();
        store = LocalStore.open(dir, java.time.Clock.systemUTC());

        assertThat(store.patients().findById(p.id())).contains(p);
        assertThat(store.patients().findByUhid(p.uhid())).contains(p);
    }

    @Test
    void aPatientWithoutPhoneOrAllergiesRoundTrips() {
        Patient p = new Patient(store.context().ids().newId(), new Uhid(TestStores.SITE, 7), new PersonName("Madonna", ""),
                new DateOfBirth(LocalDate.of(2024, 1, 2), false), Sex.F, null, "", List.of(), PatientStatus.ACTIVE);
        store.context().tx().run(() -> store.patients().save(p));
        assertThat(store.patients().findById(p.id())).contains(p);
    }

    @Test
    void editingUpdatesTheSameRow() {
        Patient p = TestStores.savedPatient(store, 1, "Asha Rao", "9845012345");
        Patient edited = new Patient(p.id(), p.uhid(), PersonName.parse("Asha Rao Kulkarni"), p.dateOfBirth(), p.sex(),
                PhoneNumber.parse("080 2345 6789"), "New address", List.of(), p.status());
        store.context().tx().run(() -> store.patients().save(edited));

        assertThat(store.patients().findByUhid(p.uhid())).contains(edited);
        assertThat(store.patients().count()).isEqualTo(1);
        assertThat(store.patients().search("kulkarni", 10)).containsExactly(edited);
        assertThat(store.patients().search("rao", 10)).isEmpty();
    }

    @Test
    void aUhidCannotChange() {
        Patient p = TestStores.savedPatient(store, 1, "Asha Rao", null);
        Patient moved = new Patient(p.id(), new Uhid(TestStores.SITE, 2), p.name(), p.dateOfBirth(), p.sex(), null,
                p.address(), p.allergies(), p.status());
        assertThatThrownBy(() -> store.context().tx().run(() -> store.patients().save(moved)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("uhid");
        assertThat(store.patients().findById(p.id())).contains(p);
    }

    @Test
    void searchFindsByGivenFamilyOrFullNamePrefixIgnoringCaseAndAccents() {
        Patient asha = TestStores.savedPatient(store, 1, "Asha Rao", null);
        Patient jose = TestStores.savedPatient(store, 2, "José Núñez", null);
        TestStores.savedPatient(store, 3, "Ravi Shankar", null);

        assertThat(store.patients().search("ASH", 10)).containsExactly(asha);
        assertThat(store.patients().search("ra", 10)).extracting(p -> p.name().full())
                .containsExactlyInAnyOrder("Asha Rao", "Ravi Shankar");
        assertThat(store.patients().search("asha r", 10)).containsExactly(asha);
        assertThat(store.patients().search("nunez", 10)).containsExactly(jose);
        assertThat(store.patients().search("josé n", 10)).containsExactly(jose);
        assertThat(store.patients().search("zz", 10)).isEmpty();
    }

    @Test
    void searchFindsByUhidPrefixAndWholeUhid() {
        Patient first = TestStores.savedPatient(store, 1, "Asha Rao", null);
        Patient twelfth = TestStores.savedPatient(store, 12, "Ravi Shankar", null);

        assertThat(store.patients().search("a-00001", 10)).containsExactly(twelfth);
        assertThat(store.patients().search(first.uhid().value(), 10)).containsExactly(first);
        assertThat(store.patients().search("A-", 10)).containsExactly(first, twelfth);
    }

    @Test
    void searchFindsByPhoneDigitsAtTheStartOrTheEnd() {
        Patient p = TestStores.savedPatient(store, 1, "Asha Rao", "+91 98450 12345");
        TestStores.savedPatient(store, 2, "Ravi Shankar", "080 2345 6789");

        assertThat(store.patients().search("9845012345", 10)).containsExactly(p);
        assertThat(store.patients().search("98450-12345", 10)).containsExactly(p);
        assertThat(store.patients().search("91984", 10)).containsExactly(p);
        assertThat(store.patients().search("12345", 10)).containsExactly(p);
    }

    @Test
    void searchGivesEveryFieldAsALookUpDoes() {
        Patient kept = TestStores.savedPatient(store, 1, "Kavya Menon", "9845012345");
        String abhaBody = "9112345678901";
        Patient alias = new Patient(store.context().ids().newId(), new Uhid(TestStores.SITE, 42),
                new PersonName("José María", "Núñez-O'Brien"), new DateOfBirth(LocalDate.of(1979, 7, 1), true), Sex.O,
                PhoneNumber.parse("+91 98450-67890"), "Flat 3, \"Lotus\" Apts\nMG Road", List.of("penicillin", "sulfa drugs"),
                PatientStatus.MERGED, new Particulars(new Relative(RelativeRelation.D_O, "Ramesh Núñez"), "Hebbal",
                "Bengaluru Urban", "Karnataka", "560024", new AbhaNumber(abhaBody + AbhaNumber.checkDigit(abhaBody))),
                kept.id());
        Patient bare = new Patient(store.context().ids().newId(), new Uhid(TestStores.SITE, 43), new PersonName("Jose", ""),
                new DateOfBirth(LocalDate.of(2024, 1, 2), false), Sex.F, null, "", List.of(), PatientStatus.ACTIVE);
        store.context().tx().run(() -> {
            store.patients().save(alias);
            store.patients().save(bare);
        });

        assertThat(store.patients().search("jose", 10)).containsExactly(bare, alias);
        assertThat(store.patients().search("jose", 10)).containsExactly(store.patients().findById(bare.id()).orElseThrow(),
                store.patients().findById(alias.id()).orElseThrow());
        assertThat(store.patients().search("67890", 10)).containsExactly(alias);
        // the same inside a transaction (on its connection)
        assertThat(store.context().tx().inTransaction(() -> store.patients().search(alias.uhid().value(), 10)))
                .containsExactly(alias);
    }

    @Test
    void searchInsideATransactionSeesItsOwnChangesAndNothingOfARolledBackOne() {
        Patient asha = TestStores.savedPatient(store, 1, "Asha Rao", null);
        Patient zoya = TestStores.patient(store, 2, "Zoya Khan", null);
        assertThatThrownBy(() -> store.context().tx().run(() -> {
            store.patients().save(zoya);
            assertThat(store.patients().search("zoya", 10)).containsExactly(zoya);
            Patient renamed = new Patient(asha.id(), asha.uhid(), new PersonName("Asha", "Kulkarni"), asha.dateOfBirth(),
                    asha.sex(), null, asha.address(), asha.allergies(), asha.status());
            store.patients().save(renamed);
            assertThat(store.patients().search("kulkarni", 10)).containsExactly(renamed);
            assertThat(store.patients().search("rao", 10)).isEmpty();
            ((HibernatePatientRepository) store.patients()).delete(zoya.id());
            assertThat(store.patients().search("zoya", 10)).isEmpty();
            throw new IllegalStateException("undo it all");
        })).hasMessage("undo it all");

        assertThat(store.patients().search("zoya", 10)).isEmpty();
        assertThat(store.patients().search("rao", 10)).containsExactly(asha);
        assertThat(store.patients().search("kulkarni", 10)).isEmpty();
    }

    @Test
    void searchHonoursTheLimitAndSkipsDeletedPatients() {
        for (int i = 1; i <= 5; i++) {
            TestStores.savedPatient(store, i, "Meena Iyer", null);
        }
        assertThat(store.patients().search("meena", 3)).hasSize(3);
        Patient gone = TestStores.savedPatient(store, 9, "Zoya Khan", null);
        store.context().tx().run(() -> ((HibernatePatientRepository) store.patients()).delete(gone.id()));
        assertThat(store.patients().search("zoya", 10)).isEmpty();
        assertThat(store.patients().findById(gone.id())).isEmpty();
    }

    @Test
    void manyUhidsAreLookedUpAtOnceLeavingOutMissingAndDeletedOnes() {
        Patient asha = TestStores.savedPatient(store, 1, "Asha Rao", null);
        Patient ravi = TestStores.savedPatient(store, 2, "Ravi Kumar", null);
        Patient gone = TestStores.savedPatient(store, 3, "Zoya Khan", null);
        store.context().tx().run(() -> ((HibernatePatientRepository) store.patients()).delete(gone.id()));
        Uhid missing = new Uhid(TestStores.SITE, 99);

        assertThat(store.context().tx().inTransaction(() -> store.patients().findByUhids(
                List.of(ravi.uhid(), missing, gone.uhid(), asha.uhid()))))
                .isEqualTo(java.util.Map.of(ravi.uhid(), ravi, asha.uhid(), asha));
    }

    @Test
    void recordsPointingAtSeveralPatientsAreReadAtOnceAsPointingAtGivesThem() {
        Patient kept = TestStores.savedPatient(store, 1, "Asha Rao", null);
        Patient other = TestStores.savedPatient(store, 2, "Ravi Kumar", null);
        Patient alone = TestStores.savedPatient(store, 3, "Zoya Khan", null);
        Patient second = TestStores.savedPatient(store, 5, "Asha R", null).asAliasOf(kept);
        Patient first = TestStores.savedPatient(store, 4, "A. Rao", null).asAliasOf(kept);
        Patient ofOther = TestStores.savedPatient(store, 6, "R. Kumar", null).asAliasOf(other);
        Patient deleted = TestStores.savedPatient(store, 7, "Ravi K", null).asAliasOf(other);
        store.context().tx().run(() -> List.of(second, first, ofOther, deleted).forEach(store.patients()::save));
        store.context().tx().run(() -> ((HibernatePatientRepository) store.patients()).delete(deleted.id()));

        java.util.Map<java.util.UUID, List<Patient>> pointing = store.context().tx().inTransaction(
                () -> store.patients().pointingAtAny(List.of(kept.id(), other.id(), alone.id())));
        assertThat(pointing).isEqualTo(java.util.Map.of(kept.id(), List.of(first, second), other.id(), List.of(ofOther)));
        assertThat(pointing.get(kept.id())).isEqualTo(store.patients().pointingAt(kept.id()));
    }

    @Test
    void deleteLeavesATombstoneRow() {
        Patient gone = TestStores.savedPatient(store, 9, "Zoya Khan", null);
        store.context().tx().run(() -> ((HibernatePatientRepository) store.patients()).delete(gone.id()));

        assertThat(TestStores.count(store, "SELECT COUNT(*) FROM patient WHERE id = ? AND deleted", gone.id())).isEqualTo(1);
        assertThat(store.patients().count()).isZero();
    }

    @Test
    void lookupsByIdAndUhidAreServedFromTheSecondLevelCacheUntilEvicted() throws java.sql.SQLException {
        Patient p = TestStores.savedPatient(store, 1, "Asha Rao", null);
        assertThat(store.patients().findById(p.id())).contains(p);
        // a write that bypasses Hibernate (as sync's pull does) is invisible to cached look-ups...
        TestStores.execute(store, "UPDATE patient SET address = 'changed behind the cache' WHERE id = ?", p.id());
        assertThat(store.patients().findById(p.id())).map(Patient::address).contains(p.address());
        assertThat(store.patients().findByUhid(p.uhid())).map(Patient::address).contains(p.address());
        // ...until the caches are evicted
        store.evictCaches();
        assertThat(store.patients().findById(p.id())).map(Patient::address).contains("changed behind the cache");
    }

    @Test
    void duplicateCandidatesComeBySamePhoneOrSameDateOfBirth() {
        Patient samePhone = TestStores.savedPatient(store, 1, "Asha Rao", "9845012345");
        Patient other = new Patient(store.context().ids().newId(), new Uhid(TestStores.SITE, 2), PersonName.parse("Ravi K"),
                new DateOfBirth(LocalDate.of(1990, 1, 1), false), Sex.M, null, "", List.of(), PatientStatus.ACTIVE);
        store.context().tx().run(() -> store.patients().save(other));

        assertThat(store.patients().findByPhoneOrDateOfBirth("919845012345", LocalDate.of(1990, 1, 1), 10))
                .containsExactlyInAnyOrder(samePhone, other);
        assertThat(store.patients().findByPhoneOrDateOfBirth(null, LocalDate.of(1980, 5, 17), 10)).containsExactly(samePhone);
    }
}
