package org.clinicdesk.core.vitals;

import java.util.Locale;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/** Level of consciousness on the ACVPU scale: alert, new confusion, responds to voice, to pain, unresponsive. */
public enum Acvpu {
    A("Alert"), C("New confusion"), V("Voice"), P("Pain"), U("Unresponsive");

    private final String label;

    Acvpu(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Acvpu parse(String text) {
        if (text == null || text.isBlank()) {
            return A;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("acvpu", CoreMessages.text("vitals.acvpu.unknown", text));
        }
    }
}
