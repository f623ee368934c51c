package org.clinicdesk.core.flags;

import java.util.Locale;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/** How urgently a flag asks for attention; a high one must be acknowledged or overridden before a note is signed. */
public enum FlagSeverity {
    LOW, MODERATE, HIGH;

    public static FlagSeverity parse(String text, String field) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ValidationException(field, CoreMessages.text("flags.severity.unknown", text));
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "high", in the language core speaks now (the command line and JSON keep {@link #label()}). */
    public String words() {
        return CoreMessages.text("flag.severity." + name());
    }
}
