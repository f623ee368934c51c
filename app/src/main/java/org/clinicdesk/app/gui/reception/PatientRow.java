package org.clinicdesk.app.gui.reception;

import java.time.LocalDate;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.patient.DateOfBirthFormat;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PhoneNumber;

/** One search result as the reception table shows it. */
public record PatientRow(Patient patient, String uhid, String name, String born, String ageSex, String phone) {
    public static PatientRow of(Patient p, DateOfBirthFormat format, LocalDate today) {
        return new PatientRow(p, p.uhid().value(), p.name().full(), format.format(p.dateOfBirth(), today),
                Messages.get("patient.ageSex", p.ageLabel(today), p.sex().name()),
                p.phoneNumber().map(PhoneNumber::value).orElse(""));
    }
}
