package org.clinicdesk.app.print;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.clinicdesk.core.queue.BoardRow;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.site.ClinicContact;

/**
 * The slip a patient holds while waiting: the token in large type, their name and UHID, when they joined the queue
 * (the clinic's local time), the priority when it is not normal, and the doctor once one has called them in.
 */
public record TokenSlip(String clinicName, ClinicContact contact, String token, String patientName, String uhid,
                        Instant queuedAt, ZoneId zone, Priority priority, Optional<String> doctor) {
    public TokenSlip {
        Objects.requireNonNull(clinicName, "clinicName");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(patientName, "patientName");
        Objects.requireNonNull(uhid, "uhid");
        Objects.requireNonNull(queuedAt, "queuedAt");
        contact = contact == null ? ClinicContact.NONE : contact;
        zone = zone == null ? ZoneId.systemDefault() : zone;
        priority = priority == null ? Priority.NORMAL : priority;
        doctor = doctor == null ? Optional.empty() : doctor;
    }

    /** {@code doctorName} turns the user name who called the patient in into the name printed. */
    public static TokenSlip of(String clinicName, ClinicContact contact, BoardRow row, ZoneId zone,
                               java.util.function.UnaryOperator<String> doctorName) {
        return new TokenSlip(clinicName, contact, row.entry().token().value(), row.patient().name().full(),
                row.patient().uhid().value(), row.entry().arrivedAt(), zone, row.entry().priority(),
                row.seenBy().map(doctorName));
    }
}
