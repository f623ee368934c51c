package org.clinicdesk.core.patient;

import java.util.Locale;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/** How the named relative on an Indian registration is related: son of, daughter of, wife of, care of. */
public enum RelativeRelation {
    S_O("S/O"),
    D_O("D/O"),
    W_O("W/O"),
    C_O("C/O");

    private final String label;

    RelativeRelation(String label) {
        this.label = label;
    }

    /** As printed on Indian forms: {@code S/O}. */
    public String label() {
        return label;
    }

    /** Reads "S/O", "s/o", "SO", "S_O" and the like. */
    public static RelativeRelation parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replaceAll("[/_ .]", "");
        for (RelativeRelation r : values()) {
            if (r.name().replace("_", "").equals(t)) {
                return r;
            }
        }
        throw new ValidationException("relation", CoreMessages.text("patient.relation.unknown", text));
    }
}
