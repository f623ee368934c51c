package org.clinicdesk.core.extraction;

import java.math.BigDecimal;

/** How much drug one dose unit holds, as printed: {@code 500 mg}, {@code 5 mg/5 ml}, {@code 100 IU}. */
public record Strength(BigDecimal value, String unit) {
    @Override
    public String toString() {
        return value.toPlainString() + " " + unit;
    }
}
