package org.clinicdesk.app.cli;

import java.time.LocalDate;
import org.clinicdesk.core.patient.Patient;

/**
 * A patient as {@code --json} shows them (fields: uhid, id, name, dateOfBirth, dateOfBirthEstimated, age, sex,
 * phone); part of the command line's contract.
 */
record PatientView(String uhid, String id, String name, LocalDate dateOfBirth, boolean dateOfBirthEstimated,
                   String age, String sex, String phone) {

    static PatientView of(Patient p, LocalDate today) {
        return new PatientView(p.uhid().value(), p.id().toString(), p.name().full(), p.dateOfBirth().date(),
                p.dateOfBirth().estimated(), p.ageLabel(today), p.sex().name(),
                p.phoneNumber().map(Object::toString).orElse(null));
    }

    /** One line for people: "A-000001-7  Asha Verma  34 y F  9876543210". */
    String line() {
        return String.join("  ", uhid, name, age + " " + sex, phone == null ? "" : phone).strip();
    }
}
