package org.clinicdesk.core.extraction;

import java.util.Objects;
import java.util.Optional;
import org.clinicdesk.core.notes.Frequency;

/**
 * One step of a tapering course: "1-0-1 x 5 days then 1-0-0" is two steps, each with its schedule as printed and
 * how long it lasts.
 */
public record DoseStep(Optional<Frequency> frequency, String printed, Optional<DoseDuration> duration) {
    public DoseStep {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(duration, "duration");
    }
}
