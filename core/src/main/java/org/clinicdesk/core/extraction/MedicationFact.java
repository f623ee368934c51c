package org.clinicdesk.core.extraction;

import java.util.Objects;
import java.util.Optional;
import org.clinicdesk.core.notes.Frequency;

/** A medicine named in the text with whatever of its strength, form, route, frequency and duration was printed. */
public record MedicationFact(String name, Optional<Strength> strength, Optional<DoseForm> form, Optional<Route> route,
                             Optional<Frequency> frequency, Optional<DoseDuration> duration, SourceSpan span,
                             double confidence) implements ClinicalFact {
    public MedicationFact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }
}
