package org.clinicdesk.core.reports;

import java.util.List;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueTransition;

/**
 * One queue entry of the period with every recorded move of it (in the order they happened) and the patient's name
 * and UHID as the day sheet prints them; the patient's record when the store had it (the daily register shows age,
 * sex and village).
 */
public record ReportVisit(QueueEntry entry, List<QueueTransition> transitions, String patientName, String uhid,
                          java.util.Optional<org.clinicdesk.core.patient.Patient> patient) {
    public ReportVisit {
        transitions = List.copyOf(transitions);
        patient = patient == null ? java.util.Optional.empty() : patient;
    }

    /** Without the patient's record (the day sheet needs only the name and UHID). */
    public ReportVisit(QueueEntry entry, List<QueueTransition> transitions, String patientName, String uhid) {
        this(entry, transitions, patientName, uhid, java.util.Optional.empty());
    }
}
