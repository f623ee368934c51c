package org.clinicdesk.core.queue;

import java.util.Locale;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/** How soon the patient must be seen; the board orders by priority, then arrival. */
public enum Priority {
    EMERGENCY(0), URGENT(1), NORMAL(2);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    /** 0 is seen first. */
    public int rank() {
        return rank;
    }

    /** As people read it, in the chosen language (core's bundle): "Urgent". */
    public String label() {
        return CoreMessages.text("priority." + name());
    }

    public static Priority parse(String text) {
        if (text == null || text.isBlank()) {
            return NORMAL;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("priority", CoreMessages.text("queue.priority.unknown", text));
        }
    }
}
