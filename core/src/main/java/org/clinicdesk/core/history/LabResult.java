package org.clinicdesk.core.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * One past lab result typed from a report: test, value (a number, or a word such as "Negative"), unit, reference
 * range, how it stands against the range, and the date of the test when known.
 */
public record LabResult(String test, String value, String unit, Optional<ReferenceRange> range, LabFlag flag,
                        Optional<LocalDate> date) {
    public LabResult {
        if (test == null || test.isBlank()) {
            throw new ValidationException("test", CoreMessages.text("common.missing"));
        }
        if (value == null || value.isBlank()) {
            throw new ValidationException("value", CoreMessages.text("common.missingFor", test));
        }
        test = test.strip();
        value = value.strip();
        unit = unit == null ? "" : unit.strip();
        range = range == null ? Optional.empty() : range;
        date = date == null ? Optional.empty() : date;
        if (flag == null) {
            throw new ValidationException("flag", CoreMessages.text("common.missingFor", test));
        }
    }

    /** The value as a number when it is one ("10.2", "<0.5" gives 0.5). */
    public Optional<BigDecimal> numericValue() {
        String digits = value.replaceFirst("^[<>]=?", "");
        try {
            return Optional.of(new BigDecimal(digits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** One line for the history list: "Hb 10.2 g/dL (13-17) low". */
    public String summary() {
        StringBuilder s = new StringBuilder(test).append(' ').append(value);
        if (!unit.isEmpty()) {
            s.append(' ').append(unit);
        }
        range.ifPresent(r -> s.append(" (").append(r.text()).append(')'));
        if (flag != LabFlag.NORMAL && flag != LabFlag.UNKNOWN) {
            s.append(' ').append(flag.name().toLowerCase(Locale.ROOT));
        }
        return s.toString();
    }
}
