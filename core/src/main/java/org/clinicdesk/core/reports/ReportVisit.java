package org.clinicdesk.core.reports;

import java.util.List;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueTransition;

/**
 * One queue entry of the period with every recorded move of it (in the order they happened) and the patient's name
 * and UHID as the day sheet prints them.
 */
public record ReportVisit(QueueEntry entry, List<QueueTransition> transitions, String patientName, String uhid) {
    public ReportVisit {
        transitions = List.copyOf(transitions);
    }
}
