package org.clinicdesk.core.extraction;

import java.util.Objects;

/** A blood pressure reading in mmHg, systolic over diastolic. */
public record BloodPressureFact(int systolic, int diastolic, SourceSpan span, double confidence) implements ClinicalFact {
    public BloodPressureFact {
        Objects.requireNonNull(span, "span");
        if (diastolic >= systolic) {
            throw new IllegalArgumentException("diastolic must be below systolic");
        }
    }
}
