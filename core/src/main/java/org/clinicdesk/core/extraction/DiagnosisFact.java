package org.clinicdesk.core.extraction;

import java.util.Objects;
import java.util.Optional;

/** A condition the patient has according to the text (negated and family-history mentions are left out). */
public record DiagnosisFact(String name, Optional<String> icd10, SourceSpan span, double confidence)
        implements ClinicalFact {
    public DiagnosisFact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }
}
