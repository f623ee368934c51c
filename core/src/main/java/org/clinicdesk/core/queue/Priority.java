package org.clinicdesk.core.queue;

import java.util.Locale;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/** How soon the patient must be seen; the board orders by priority, then arrival. */
public enum Priority {
    EMERGENCY(0, "Emergency"), URGENT(1, "Urgent"), NORMAL(2, "Normal");

    private final int rank;
    private final String label;

    Priority(int rank, String label) {
        this.rank = rank;
        this.label = label;
    }

    /** 0 is seen first. */
    public int rank() {
        return rank;
    }

    public String label() {
        return label;
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
