package org.clinicdesk.core.notes;

import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/** A diagnosis in a note's assessment: free text, coded where possible (system such as ICD-10 or SNOMED CT). */
public record Diagnosis(String text, String system, String code) {
    public Diagnosis {
        if (text == null || text.isBlank()) {
            throw new ValidationException("diagnosis", CoreMessages.text("notes.missingItsText"));
        }
        text = text.strip();
        system = system == null ? "" : system.strip();
        code = code == null ? "" : code.strip();
        if (code.isEmpty() != system.isEmpty()) {
            throw new ValidationException("diagnosis", CoreMessages.text("notes.needsBothCode", text));
        }
    }

    public static Diagnosis freeText(String text) {
        return new Diagnosis(text, "", "");
    }

    public boolean isCoded() {
        return !code.isEmpty();
    }
}
