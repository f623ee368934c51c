package org.clinicdesk.core.patient;

import java.util.Locale;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/** Administrative sex as recorded at registration: female, male or other. */
public enum Sex {
    F, M, O;

    public static Sex parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("sex", CoreMessages.text("patient.sex.missing"));
        }
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "F", "FEMALE" -> F;
            case "M", "MALE" -> M;
            case "O", "OTHER" -> O;
            default -> throw new ValidationException("sex", CoreMessages.text("patient.sex.unknown", text));
        };
    }
}
