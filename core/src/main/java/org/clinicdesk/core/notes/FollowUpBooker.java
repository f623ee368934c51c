package org.clinicdesk.core.notes;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.users.Actor;

/**
 * Books a signed note's follow-up onto that day's list, inside the signing (or amending) transaction: {@code was}
 * is the day the note asked for before, {@code now} the day it asks for after, so an amendment moves the booking.
 */
@FunctionalInterface
public interface FollowUpBooker {
    FollowUpBooker NONE = (actor, patient, noteId, was, now) -> {
    };

    void rebook(Actor actor, Patient patient, UUID noteId, Optional<LocalDate> was, Optional<LocalDate> now);
}
