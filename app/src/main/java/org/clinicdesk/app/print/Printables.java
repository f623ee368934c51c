package org.clinicdesk.app.print;

import java.time.LocalDate;
import java.time.ZoneId;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.core.patient.DateOfBirthFormat;
import org.clinicdesk.core.site.DoctorDetails;
import org.clinicdesk.core.users.Actor;

/**
 * The registration card and token slip as the window and the command line make them: each one audited print, under
 * the clinic's current name and contact details. Blocks on the store; the window calls it from a background task.
 */
public final class Printables {
    private final ClinicServices services;

    public Printables(ClinicServices services) {
        this.services = services;
    }

    public byte[] registrationCard(Actor actor, String uhid, LocalDate today) {
        var settings = services.settings();
        return services.patients().printCard(actor, uhid, patient -> new RegistrationCardPdf().render(
                RegistrationCard.of(settings.current().clinicName(), settings.contact(), patient,
                        DateOfBirthFormat.of(services.dateOrder()), today)));
    }

    /** {@code tokenOrUhid}: a token of today ("A-014") or a patient's UHID (their latest entry today). */
    public byte[] tokenSlip(Actor actor, String tokenOrUhid, ZoneId zone) {
        var settings = services.settings();
        return services.queue().printSlip(actor, tokenOrUhid, row -> new TokenSlipPdf().render(
                TokenSlip.of(settings.current().clinicName(), settings.contact(), row, zone,
                        doctor -> settings.doctorDetails(doctor).map(DoctorDetails::fullName).orElse(doctor)
                                + settings.doctorRoom(doctor).map(room -> " \u00b7 " + room).orElse(""))));
    }
}
