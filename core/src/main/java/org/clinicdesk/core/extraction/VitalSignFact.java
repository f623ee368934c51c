package org.clinicdesk.core.extraction;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A pulse, respiratory rate, temperature or SpO2 reading. Temperatures are kept in Celsius; {@code printedUnit}
 * says what the page used ("C" or "F"), so a reviewer sees that a conversion happened.
 */
public record VitalSignFact(VitalKind kind, BigDecimal value, String printedUnit, SourceSpan span, double confidence)
        implements ClinicalFact {
    public VitalSignFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }
}
