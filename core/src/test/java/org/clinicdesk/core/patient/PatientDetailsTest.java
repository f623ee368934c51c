package org.clinicdesk.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.ValidationException;
import org.junit.jupiter.api.Test;

class PatientDetailsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static PatientDetails.Input input(String name, String dob, String sex, String phone) {
        return new PatientDetails.Input(name, dob, sex, phone, "", "penicillin; sulfa");
    }

    @Test
    void validInputBecomesDetails() {
        PatientDetails d = PatientDetails.fromInput(input("Asha  Verma", "1980-02-29", "f", "+91 98450 12345"),
                DateOrder.DAY_FIRST, TODAY);
        assertThat(d.name()).isEqualTo(new PersonName("Asha", "Verma"));
        assertThat(d.sex()).isEqualTo(Sex.F);
        assertThat(d.phone().value()).isEqualTo("+919845012345");
        assertThat(d.allergies()).containsExactly("penicillin", "sulfa");
    }

    @Test
    void eachBadFieldIsNamed() {
        assertField(input("", "1980-01-01", "F", null), "name");
        assertField(input("R2D2", "1980-01-01", "F", null), "name");
        assertField(input("Asha Verma", "1980-13-01", "F", null), "dob");
        assertField(input("Asha Verma", "2027-01-01", "F", null), "dob");
        assertField(input("Asha Verma", "1980-01-01", "X", null), "sex");
        assertField(input("Asha Verma", "1980-01-01", "F", "12"), "phone");
        assertField(input("Asha Verma", "1980-01-01", "F", "call me"), "phone");
    }

    @Test
    void anAgeGivesAnEstimatedDateOfBirth() {
        DateOfBirth dob = DateOfBirth.fromAge(45, TODAY);
        assertThat(dob.estimated()).isTrue();
        assertThat(dob.ageOn(TODAY)).isEqualTo(45);
        assertThat(dob.ageLabel(TODAY)).isEqualTo("about 45 y");
    }

    @Test
    void similarNamesAreRecognised() {
        assertThat(NameSimilarity.similar("Ramesh Kumar", "kumar ramesh")).isTrue();
        assertThat(NameSimilarity.similar("Priya Sharma", "Pria Sharma")).isTrue();
        assertThat(NameSimilarity.similar("Priya Sharma", "John Smith")).isFalse();
    }

    private static void assertField(PatientDetails.Input in, String field) {
        assertThatThrownBy(() -> PatientDetails.fromInput(in, DateOrder.DAY_FIRST, TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
