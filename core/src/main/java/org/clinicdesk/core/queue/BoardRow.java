package org.clinicdesk.core.queue;

import org.clinicdesk.core.patient.Patient;

/** A queue entry with the patient it belongs to and whether vitals were taken, as the board shows it. */
public record BoardRow(QueueEntry entry, Patient patient, boolean hasVitals) {
}
