package org.clinicdesk.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.notes.Frequency;
import org.clinicdesk.core.notes.Prescription;

/**
 * A prescription typed as {@code drug|strength|form|route|freq|days|instructions}; trailing parts may be left
 * out and empty parts mean "not given". The core checks the medicine itself; this only splits the text.
 */
final class PrescriptionInput {
    static final String FORMAT = "drug|strength|form|route|freq|days|instructions";

    private PrescriptionInput() {
    }

    static List<Prescription> parseAll(List<String> texts) {
        List<Prescription> result = new ArrayList<>();
        for (String text : texts) {
            result.add(parse(text));
        }
        return result;
    }

    static Prescription parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("rx", "is empty (expected " + FORMAT + ")");
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length < 3 || parts.length > 7) {
            throw new ValidationException("rx", "'" + text + "' has " + parts.length + " parts; expected " + FORMAT
                    + " (at least drug, strength and form, which may be empty)");
        }
        String freq = part(parts, 4);
        if (freq.isEmpty()) {
            throw new ValidationException("rx", "'" + text + "' has no frequency (the fifth part, e.g. BD)");
        }
        return new Prescription(part(parts, 0), part(parts, 1), part(parts, 2), part(parts, 3), Frequency.parse(freq),
                days(text, part(parts, 5)), part(parts, 6));
    }

    private static Integer days(String text, String days) {
        if (days.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(days);
        } catch (NumberFormatException e) {
            throw new ValidationException("rx", "'" + text + "': days '" + days + "' is not a whole number");
        }
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? parts[index].strip() : "";
    }
}
