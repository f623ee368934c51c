package org.clinicdesk.app.gui.notes;

import java.util.Locale;
import java.util.Optional;

/** A field of a prescription row typed field by field; {@link #coreName()} is how core names it in errors. */
public enum PrescriptionField {
    DRUG, STRENGTH, FORM, ROUTE, FREQUENCY, DURATION, INSTRUCTIONS;

    public String coreName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<PrescriptionField> of(String coreName) {
        for (PrescriptionField f : values()) {
            if (f.coreName().equals(coreName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
