package org.clinicdesk.core.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.junit.jupiter.api.Test;

/** Who the paper names, read from its labelled fields, and compared with the chart's patient. */
class PatientMatchTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final String PRESCRIPTION = """
            SUNRISE FAMILY CLINIC
            12 Market Road, Pune 411001 Phone 020 2555 1234
            Dr. A. Mehta, MBBS, MD (Medicine) Reg. No. 45123
            Date: 19/06/2024
            Patient: Meena Kumar Age: 30 years Sex: M
            Tab. Glimepiride 2 mg PO BD x 14 days
            """;

    private static Patient patient(String given, String family, String dob, Sex sex, String phone) {
        return new Patient(UUID.randomUUID(), new Uhid(SiteCode.of("A"), 100001), new PersonName(given, family),
                DateOfBirth.exact(LocalDate.parse(dob), TODAY), sex, phone == null ? null : PhoneNumber.parse(phone), "",
                List.of(), PatientStatus.ACTIVE);
    }

    @Test
    void labelledFieldsAreReadAndTheClinicsOwnNumbersAreNot() {
        PrintedPatient printed = PrintedPatient.read(PRESCRIPTION, DateOrder.DAY_FIRST, TODAY);
        assertThat(printed.name()).contains("Meena Kumar");
        assertThat(printed.age()).contains(30);
        assertThat(printed.sex()).contains(Sex.M);
        assertThat(printed.phoneDigits()).isEmpty();
        assertThat(printed.uhid()).isEmpty();
    }

    @Test
    void aPrescriptionForAnotherPatientMismatchesOnNameAgeAndSex() {
        PrintedPatient printed = PrintedPatient.read(PRESCRIPTION, DateOrder.DAY_FIRST, TODAY);
        List<PatientMismatch> mismatches = PatientMatch.compare(printed,
                patient("Asha", "Verma", "1980-02-29", Sex.F, null), LocalDate.of(2024, 6, 19));
        assertThat(mismatches).extracting(PatientMismatch::field).containsExactly("name", "age", "sex");
    }

    @Test
    void theSamePatientMatchesEvenYearsLaterAndWithNamesReordered() {
        PrintedPatient printed = PrintedPatient.read("Name: Kumar Meena   Age/Sex: 30 Y / M   UHID: A-000001-X\n"
                + "Mobile: +91 98450 12345", DateOrder.DAY_FIRST, TODAY);
        Patient meena = patient("Meena", "Kumar", "1994-02-03", Sex.M, "9845012345");
        assertThat(printed.sex()).contains(Sex.M);
        assertThat(printed.phoneDigits()).contains("9845012345");
        assertThat(PatientMatch.compare(printed, meena, LocalDate.of(2024, 6, 19)))
                .extracting(PatientMismatch::field).containsExactly("UHID");
        assertThat(PatientMatch.compare(new PrintedPatient(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()), meena, TODAY)).isEmpty();
    }
}
