package org.clinicdesk.core.vitals;

import java.time.Instant;
import java.util.UUID;

/** A recorded set of vital signs for a patient, with who took them, when, and the NEWS2 score they gave. */
public record Vitals(UUID id, UUID patientId, Instant takenAt, String takenBy, VitalSigns signs, News2Score news2) {
}
