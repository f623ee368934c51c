package org.clinicdesk.core.vitals;

import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/** NEWS2 oxygen saturation scale: 1 for most patients, 2 for prescribed 88-92 % targets (hypercapnic failure). */
public enum SpO2Scale {
    SCALE_1, SCALE_2;

    public static SpO2Scale parse(String text) {
        if (text == null || text.isBlank() || text.trim().equals("1")) {
            return SCALE_1;
        }
        if (text.trim().equals("2")) {
            return SCALE_2;
        }
        throw new ValidationException("scale", CoreMessages.text("vitals.scale.unknown", text));
    }

    public int number() {
        return this == SCALE_1 ? 1 : 2;
    }
}
