package org.clinicdesk.app.cli;

import java.time.LocalDate;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.DateOfBirthFormat;
import org.clinicdesk.core.patient.Patient;

/**
 * A patient as {@code --json} shows them (fields: uhid, id, name, dateOfBirth, dateOfBirthEstimated, age, sex,
 * phone); part of the command line's contract.
 */
record PatientView(String uhid, String id, String name, LocalDate dateOfBirth, boolean dateOfBirthEstimated,
                   String age, String sex, String phone, String relative, String village, String district,
                   String state, String pin, String abha) {

    static PatientView of(Patient p, LocalDate today) {
        var more = p.particulars();
        return new PatientView(p.uhid().value(), p.id().toString(), p.name().full(), p.dateOfBirth().date(),
                p.dateOfBirth().estimated(), p.ageLabel(today), p.sex().name(),
                p.phoneNumber().map(Object::toString).orElse(null),
                more.relativeOf().map(Object::toString).orElse(null), blankToNull(more.village()),
                blankToNull(more.district()), blankToNull(more.state()), blankToNull(more.pin()),
                more.abhaNumber().map(Object::toString).orElse(null));
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /**
     * One line for people, the date of birth in the clinic's order: "A-000001-7  Asha Verma  14/08/1991  34 y F
     * 9876543210" (an estimate reads "~1991 (estimated)").
     */
    String line(DateOfBirthFormat format, LocalDate today) {
        return String.join("  ", uhid, name, format.format(new DateOfBirth(dateOfBirth, dateOfBirthEstimated), today),
                age + " " + sex, phone == null ? "" : phone).strip();
    }
}
