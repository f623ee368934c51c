package org.clinicdesk.core.patient;

import java.util.Objects;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/** The relative an Indian registration names beside the patient: "S/O Ramesh Kumar". */
public record Relative(RelativeRelation relation, String name) {
    public Relative {
        Objects.requireNonNull(relation, "relation");
        name = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new ValidationException("relative", CoreMessages.text("patient.relative.empty"));
        }
        if (name.length() > 200) {
            throw new ValidationException("relative", CoreMessages.text("patient.relative.tooLong"));
        }
    }

    @Override
    public String toString() {
        return relation.label() + " " + name;
    }
}
