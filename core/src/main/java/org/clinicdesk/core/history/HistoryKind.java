package org.clinicdesk.core.history;

import java.util.Locale;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/** What a past record is about. */
public enum HistoryKind {
    PRESCRIPTION, DIAGNOSIS, VISIT, LAB_RESULT;

    public static HistoryKind parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("kind", CoreMessages.text("history.kind.missing"));
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", CoreMessages.text("history.kind.unknown", text));
        }
    }
}
