package org.clinicdesk.app.print;

import java.time.LocalDate;
import java.util.Objects;
import org.clinicdesk.core.patient.DateOfBirthFormat;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.site.ClinicContact;

/**
 * What a patient's registration card shows: the clinic's header, the patient's name and UHID (also as QR and bar
 * code), age and sex, the relative (S/O, D/O, W/O), village or town, and phone. Blank fields are left off the card.
 */
public record RegistrationCard(String clinicName, ClinicContact contact, String patientName, String uhid,
                               String ageSex, String born, String relative, String village, String phone) {
    public RegistrationCard {
        Objects.requireNonNull(clinicName, "clinicName");
        Objects.requireNonNull(patientName, "patientName");
        Objects.requireNonNull(uhid, "uhid");
        contact = contact == null ? ClinicContact.NONE : contact;
        ageSex = blankIfNull(ageSex);
        born = blankIfNull(born);
        relative = blankIfNull(relative);
        village = blankIfNull(village);
        phone = blankIfNull(phone);
    }

    public static RegistrationCard of(String clinicName, ClinicContact contact, Patient p, DateOfBirthFormat dates,
                                      LocalDate today) {
        var particulars = p.particulars();
        String place = particulars.village().isBlank() ? "" : particulars.village()
                + (particulars.district().isBlank() ? "" : ", " + particulars.district());
        return new RegistrationCard(clinicName, contact, p.name().full(), p.uhid().value(),
                p.ageLabel(today) + " · " + PrintText.sex(p.sex()), dates.format(p.dateOfBirth(), today),
                particulars.relativeOf().map(Object::toString).orElse(""), place,
                p.phoneNumber().map(Object::toString).orElse(""));
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s.strip();
    }
}
