package org.clinicdesk.core.patient;

import java.util.Objects;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/** A patient's name as people say it: given names and family name (the family name may be empty). */
public record PersonName(String given, String family) {
    public PersonName {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(family, "family");
    }

    /** Splits a full name typed at the desk: the last word is the family name. */
    public static PersonName parse(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            throw new ValidationException("name", CoreMessages.text("patient.name.missing"));
        }
        String cleaned = fullName.trim().replaceAll("\\s+", " ");
        if (cleaned.length() > 200) {
            throw new ValidationException("name", CoreMessages.text("patient.name.tooLong"));
        }
        if (!cleaned.codePoints().allMatch(c -> Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == ' ' || c == '-' || c == '\''
                || c == '.')) {
            throw new ValidationException("name", CoreMessages.text("patient.name.characters", fullName));
        }
        int space = cleaned.lastIndexOf(' ');
        return space < 0 ? new PersonName(cleaned, "") : new PersonName(cleaned.substring(0, space), cleaned.substring(space + 1));
    }

    public String full() {
        return family.isEmpty() ? given : given + " " + family;
    }

    @Override
    public String toString() {
        return full();
    }
}
