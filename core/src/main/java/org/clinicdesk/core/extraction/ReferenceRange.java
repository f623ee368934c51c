package org.clinicdesk.core.extraction;

import java.math.BigDecimal;
import java.util.Optional;

/** A lab's printed normal range; either end may be open ({@code < 200}, {@code > 60}). */
public record ReferenceRange(Optional<BigDecimal> low, Optional<BigDecimal> high) {

    /** Where a value falls against this range. */
    public LabFlag judge(BigDecimal value) {
        if (low.isPresent() && value.compareTo(low.get()) < 0) {
            return LabFlag.LOW;
        }
        if (high.isPresent() && value.compareTo(high.get()) > 0) {
            return LabFlag.HIGH;
        }
        return LabFlag.NORMAL;
    }
}
