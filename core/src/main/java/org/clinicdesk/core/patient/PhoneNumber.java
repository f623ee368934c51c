package org.clinicdesk.core.patient;

import org.clinicdesk.core.common.ValidationException;

/** A phone number normalised to digits with an optional leading +, so searching by phone finds it however typed. */
public record PhoneNumber(String value) {
    public static PhoneNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("phone", "is empty");
        }
        String trimmed = text.trim();
        if (!trimmed.matches("\\+?[0-9 ()\\-.]+")) {
            throw new ValidationException("phone", "'" + text + "' may contain only digits, spaces, brackets, dashes and a leading +");
        }
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (digits.length() < 6 || digits.length() > 15) {
            throw new ValidationException("phone", "'" + text + "' must have 6 to 15 digits");
        }
        return new PhoneNumber(trimmed.startsWith("+") ? "+" + digits : digits);
    }

    /** Digits only, for searching and duplicate checks. */
    public String digits() {
        return value.replace("+", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
