package org.clinicdesk.app.gui.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.core.patient.Patient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientFormViewModelTest {
    @TempDir
    Path dataDir;
    Workstore store;
    Session session;
    final List<Patient> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        store = TestStores.openWithUsers(dataDir);
        session = Sessions.signIn(store, "reception");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void likelyDuplicateNeedsASecondSaveToRegister() {
        register("Meena Iyer", "1970-01-02", "9876543210");
        PatientFormViewModel vm = form();
        fill(vm, "Meena Iyer", "1970-01-02", "9876543210");
        vm.save();
        assertThat(vm.duplicatesShownProperty().get()).isTrue();
        assertThat(vm.duplicates()).singleElement().asString().contains("Meena Iyer", "same phone");
        assertThat(saved).hasSize(1);
        vm.save();
        assertThat(saved).hasSize(2);
    }

    @Test
    void changingAFieldAfterTheWarningChecksForDuplicatesAgain() {
        register("Meena Iyer", "1970-01-02", "9876543210");
        PatientFormViewModel vm = form();
        fill(vm, "Meena Iyer", "1970-01-02", "9876543210");
        vm.save();
        vm.value(PatientField.PHONE).set("9876543211");
        assertThat(vm.duplicatesShownProperty().get()).isFalse();
        vm.save();
        assertThat(vm.duplicatesShownProperty().get()).as("same date of birth and similar name").isTrue();
        assertThat(saved).hasSize(1);
    }

    @Test
    void editingKeepsTheUhidAndChangesTheDetails() {
        Patient first = register("Meena Iyer", "1970-01-02", "9876543210");
        PatientFormViewModel vm = PatientFormViewModel.edit(first, session, new SameThreadTaskExecutor(), saved::add);
        vm.value(PatientField.PHONE).set("+91 98765 00000");
        vm.save();
        assertThat(saved).last().satisfies(p -> {
            assertThat(p.uhid()).isEqualTo(first.uhid());
            assertThat(p.phoneNumber().orElseThrow().value()).isEqualTo("+919876500000");
        });
    }

    @Test
    void badEditIsRefusedBesideTheFieldAndNothingChanges() {
        Patient first = register("Meena Iyer", "1970-01-02", "9876543210");
        long before = store.changeMarker();
        PatientFormViewModel vm = PatientFormViewModel.edit(first, session, new SameThreadTaskExecutor(), saved::add);
        vm.value(PatientField.DOB).set("1970-02-30");
        vm.save();
        assertThat(vm.error(PatientField.DOB).get()).startsWith("Date of birth").contains("February has only 28 days");
        assertThat(store.changeMarker()).isEqualTo(before);
    }

    @Test
    void theDateIsReadInTheClinicsOrderAndShownThatWayForEditing() {
        Patient p = register("Meena Iyer", "02/01/1970", "9876543210");
        assertThat(p.dateOfBirth().date()).isEqualTo(LocalDate.of(1970, 1, 2));
        assertThat(form().dobPrompt()).isEqualTo("DD/MM/YYYY or age (35 y)");

        PatientFormViewModel vm = PatientFormViewModel.edit(p, session, new SameThreadTaskExecutor(), saved::add);

        assertThat(vm.value(PatientField.DOB).get()).isEqualTo("02/01/1970");
    }

    @Test
    void anEstimateShowsAsOneAndStaysUnlessTheDeskRetypesIt() {
        Patient p = register("Ravi Shankar", "35 y", "9876543211");
        assertThat(p.dateOfBirth().estimated()).isTrue();
        PatientFormViewModel vm = PatientFormViewModel.edit(p, session, new SameThreadTaskExecutor(), saved::add);
        assertThat(vm.value(PatientField.DOB).get()).isEqualTo("~" + p.dateOfBirth().date().getYear() + " (estimated)");

        vm.value(PatientField.PHONE).set("9876543212");
        vm.save();
        assertThat(saved).last().satisfies(edited -> assertThat(edited.dateOfBirth()).isEqualTo(p.dateOfBirth()));

        PatientFormViewModel again = PatientFormViewModel.edit(saved.get(saved.size() - 1), session,
                new SameThreadTaskExecutor(), saved::add);
        again.value(PatientField.DOB).set("14/08/1985");
        again.save();
        assertThat(saved).last().satisfies(edited -> assertThat(edited.dateOfBirth())
                .isEqualTo(new org.clinicdesk.core.patient.DateOfBirth(LocalDate.of(1985, 8, 14), false)));
    }

    private Patient register(String name, String dob, String phone) {
        PatientFormViewModel vm = form();
        fill(vm, name, dob, phone);
        vm.save();
        return saved.get(saved.size() - 1);
    }

    private PatientFormViewModel form() {
        return PatientFormViewModel.register(session, new SameThreadTaskExecutor(), saved::add);
    }

    private static void fill(PatientFormViewModel vm, String name, String dob, String phone) {
        vm.value(PatientField.NAME).set(name);
        vm.value(PatientField.DOB).set(dob);
        vm.value(PatientField.SEX).set("F");
        vm.value(PatientField.PHONE).set(phone);
    }
}
