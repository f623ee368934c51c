package org.clinicdesk.app.gui.testsupport;

import java.nio.file.Path;
import java.util.Optional;
import org.clinicdesk.app.gui.common.DialogService;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;

/** The real embedded store (as {@link TestStores} opens it) with helpers the consultation tests share. */
public final class H2Workstores {
    private H2Workstores() {
    }

    public static Workstore openWithUsers(Path dataDir) {
        return TestStores.openWithUsers(dataDir);
    }

    public static Patient register(Workstore store, String name, String dob, Sex sex, java.util.List<String> allergies) {
        var reception = Sessions.signIn(store, "reception");
        var today = java.time.LocalDate.now();
        return store.services().patients().register(reception.actor(), new PatientDetails(PersonName.parse(name),
                DateOfBirth.exact(java.time.LocalDate.parse(dob), today), sex, PhoneNumber.parse("9876543210"), "",
                allergies));
    }

    /** Dialogs answered by the test: the reason typed into "ask", errors collected. */
    public static final class ScriptedDialogs implements DialogService {
        public Optional<String> answer = Optional.empty();
        public boolean yes;
        public final java.util.List<String> errors = new java.util.ArrayList<>();

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public Optional<String> askText(String title, String prompt) {
            return answer;
        }

        @Override
        public boolean confirm(String title, String message) {
            return yes;
        }
    }
}
