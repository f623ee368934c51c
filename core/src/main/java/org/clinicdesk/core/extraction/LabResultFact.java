package org.clinicdesk.core.extraction;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A lab value as printed: the test (with its LOINC code when it is a common one), value, unit, reference range
 * and flag. {@code flagPrinted} tells whether the flag came from the report itself or was worked out from the
 * range; {@code flagConflict} is set when the printed flag disagrees with the range, which a person must check.
 * {@code doubts} say why the number itself must be checked against the paper ("check the value"); such a value is
 * never offered as read.
 */
public record LabResultFact(String test, Optional<String> loinc, BigDecimal value, String unit,
                            Optional<ReferenceRange> range, Optional<LabFlag> flag, boolean flagPrinted,
                            boolean flagConflict, Set<ValueDoubt> doubts, SourceSpan span, double confidence)
        implements ClinicalFact {
    public LabResultFact {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
        unit = unit == null ? "" : unit;
        doubts = doubts.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(doubts));
    }

    /** The value must be checked against the page before it is believed. */
    public boolean checkTheValue() {
        return !doubts.isEmpty();
    }
}
