package org.clinicdesk.core.chart;

import java.time.LocalDate;
import java.util.Optional;
import org.clinicdesk.core.patient.Patient;

/**
 * One of two patients shown side by side before a merge: the registration, and how many visits (days with vitals
 * taken or a note written) the chart holds, with the last one.
 */
public record MergeSide(Patient patient, int visits, LocalDate lastVisitOrNull) {
    public Optional<LocalDate> lastVisit() {
        return Optional.ofNullable(lastVisitOrNull);
    }
}
