package org.clinicdesk.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.core.MemoryClinic;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registering, finding, editing and printing patients; duplicates and merged aliases. */
class PatientServiceTest {
    private final Actor reception = MemoryClinic.actor(Role.RECEPTION);
    private final Actor doctor = MemoryClinic.actor(Role.DOCTOR);
    private MemoryClinic clinic;
    private PatientService patients;

    @BeforeEach
    void setUp() {
        clinic = new MemoryClinic();
        patients = new PatientService(clinic.ctx, clinic.patientRepository());
    }

    private static PatientDetails details(String name, LocalDate dob, String phone) {
        return new PatientDetails(PersonName.parse(name), new DateOfBirth(dob, false), Sex.F,
                phone == null ? null : PhoneNumber.parse(phone), "12 Market Road", List.of());
    }

    private Patient registered(String name, LocalDate dob, String phone) {
        return patients.register(reception, details(name, dob, phone));
    }

    @Test
    void registeringIssuesTheNextUhidOfTheDeskAndIsAudited() {
        Patient first = registered("Asha Rao", LocalDate.of(1980, 5, 17), null);
        Patient second = registered("Ravi Shankar", LocalDate.of(1975, 1, 2), null);
        assertThat(first.uhid()).isEqualTo(new Uhid(MemoryClinic.SITE, 1));
        assertThat(second.uhid()).isEqualTo(new Uhid(MemoryClinic.SITE, 2));
        assertThat(patients.count(reception)).isEqualTo(2);
        assertThat(clinic.audit).extracting(e -> e.detail()).containsExactly(first.uhid().value(), second.uhid().value());
        assertThat(patients.phoneRegion()).isEqualTo(PhoneNumber.DEFAULT_REGION);
    }

    @Test
    void aDoctorDoesNotRegister() {
        assertThatThrownBy(() -> patients.register(doctor, details("Asha Rao", LocalDate.of(1980, 5, 17), null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(clinic.patients).isEmpty();
        assertThat(clinic.counters).isEmpty();
    }

    @Test
    void aPhoneNumberTypedWithoutItsCountryCodeFindsThePatientAndTheSearchIsAuditedWithoutNames() {
        Patient asha = registered("Asha Rao", LocalDate.of(1980, 5, 17), "+91 98450 12345");
        registered("Ravi Shankar", LocalDate.of(1975, 1, 2), null);
        assertThat(patients.find(reception, "98450")).containsExactly(asha);
        assertThat(patients.find(reception, "asha")).containsExactly(asha);
        assertThat(patients.find(reception, asha.uhid().value())).containsExactly(asha);
        assertThat(clinic.audit.get(clinic.audit.size() - 1).detail()).endsWith("1 found").doesNotContain("Asha");
        assertThatThrownBy(() -> patients.find(reception, "  ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("search"));
    }

    @Test
    void theSamePersonRegisteredAgainIsOfferedAsALikelyDuplicateWithTheReasons() {
        Patient asha = registered("Asha Rao", LocalDate.of(1980, 5, 17), "+91 98450 12345");
        registered("Meena Iyer", LocalDate.of(1980, 5, 17), null);
        List<DuplicateCandidate> found = patients.likelyDuplicates(reception,
                details("Asha  Rao", LocalDate.of(1980, 5, 17), "98450 12345"));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.patient()).isEqualTo(asha);
            assertThat(c.reasons()).containsExactly("same phone", "same date of birth", "similar name");
        });
        assertThat(patients.likelyDuplicates(reception, details("Kiran Das", LocalDate.of(1990, 1, 1), null))).isEmpty();
    }

    @Test
    void aMergedDuplicatesUhidLeadsToTheKeptPatient() {
        Patient kept = registered("Asha Rao", LocalDate.of(1980, 5, 17), null);
        Patient duplicate = registered("Asha R", LocalDate.of(1980, 5, 17), null);
        clinic.patients.put(duplicate.id(), duplicate.asAliasOf(kept));
        assertThat(patients.require(reception, duplicate.uhid().value())).isEqualTo(kept);
        assertThat(patients.aliasesOf(reception, kept)).containsExactly(duplicate.uhid());
        assertThat(patients.find(reception, "asha")).containsExactly(kept);
        assertThatThrownBy(() -> patients.require(reception, new Uhid(MemoryClinic.SITE, 99).value()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void editsAndAllergiesReplaceTheRecordAndAreAudited() {
        Patient asha = registered("Asha Rao", LocalDate.of(1980, 5, 17), null);
        Patient edited = patients.edit(reception, asha.uhid(), details("Asha Rao Kumar", LocalDate.of(1980, 5, 18), null));
        assertThat(edited.id()).isEqualTo(asha.id());
        assertThat(clinic.patients.get(asha.id()).name().full()).isEqualTo("Asha Rao Kumar");
        Patient allergic = patients.recordAllergies(doctor, asha.uhid(), "penicillin, latex");
        assertThat(allergic.allergies()).containsExactly("penicillin", "latex");
        assertThat(clinic.audit.get(clinic.audit.size() - 1).detail()).isEqualTo(asha.uhid().value() + " allergies");
        assertThatThrownBy(() -> patients.edit(doctor, asha.uhid(), details("X Y", LocalDate.of(1980, 5, 17), null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> patients.recordAllergies(doctor, new Uhid(MemoryClinic.SITE, 42), "none"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFailedCardPrintLeavesNoAuditEvent() {
        Patient asha = registered("Asha Rao", LocalDate.of(1980, 5, 17), null);
        int before = clinic.audit.size();
        assertThatThrownBy(() -> patients.printCard(reception, asha.uhid().value(), p -> {
            throw new IllegalStateException("printer out of paper");
        })).hasMessage("printer out of paper");
        assertThat(clinic.audit).hasSize(before);
        String card = patients.printCard(reception, asha.uhid().value(), p -> p.name().full());
        assertThat(card).isEqualTo("Asha Rao");
        assertThat(clinic.auditActions()).last().isEqualTo("REGISTRATION_CARD_PRINTED");
    }
}
