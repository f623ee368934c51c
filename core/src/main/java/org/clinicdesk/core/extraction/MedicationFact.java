package org.clinicdesk.core.extraction;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clinicdesk.core.notes.Frequency;

/**
 * A medicine named in the text with whatever of its strength, form, route, frequency and duration was printed, and
 * the parts of its meaning that change what the patient does: taken only as needed (PRN, SOS), a single stat dose,
 * a tapering course in {@code steps} (two or more; empty when the schedule is one step), and whether the line
 * stops it. {@code frequency} is the regular schedule (Q6H in "Q6H PRN"); it is PRN or STAT only when nothing
 * else is printed.
 */
public record MedicationFact(String name, Optional<Strength> strength, Optional<DoseForm> form, Optional<Route> route,
                             Optional<Frequency> frequency, Optional<DoseDuration> duration, boolean asNeeded,
                             boolean statDose, List<DoseStep> steps, MedicationStatus status, SourceSpan span,
                             double confidence) implements ClinicalFact {
    public MedicationFact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps);
    }

    /** A tapering course: more than one step. */
    public boolean tapering() {
        return steps.size() > 1;
    }
}
