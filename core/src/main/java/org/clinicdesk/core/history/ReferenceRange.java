package org.clinicdesk.core.history;

import java.math.BigDecimal;
import java.util.Optional;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/** A lab's reference range as printed on the report: "13-17", "<100" (upper limit only) or ">40" (lower only). */
public record ReferenceRange(Optional<BigDecimal> low, Optional<BigDecimal> high) {
    public ReferenceRange {
        low = low == null ? Optional.empty() : low;
        high = high == null ? Optional.empty() : high;
        if (low.isEmpty() && high.isEmpty()) {
            throw new ValidationException("range", CoreMessages.text("history.needsLowerUpper"));
        }
        if (low.isPresent() && high.isPresent() && low.get().compareTo(high.get()) > 0) {
            throw new ValidationException("range", CoreMessages.text("history.itsLowerLimit",
                    low.get().toPlainString(), high.get().toPlainString()));
        }
    }

    public static ReferenceRange between(BigDecimal low, BigDecimal high) {
        return new ReferenceRange(Optional.of(low), Optional.of(high));
    }

    public LabFlag flag(BigDecimal value) {
        if (low.isPresent() && value.compareTo(low.get()) < 0) {
            return LabFlag.LOW;
        }
        if (high.isPresent() && value.compareTo(high.get()) > 0) {
            return LabFlag.HIGH;
        }
        return LabFlag.NORMAL;
    }

    /** "13-17", "<100", ">40". */
    public String text() {
        if (low.isPresent() && high.isPresent()) {
            return low.get().toPlainString() + "-" + high.get().toPlainString();
        }
        return low.map(l -> ">" + l.toPlainString()).orElseGet(() -> "<" + high.get().toPlainString());
    }
}
