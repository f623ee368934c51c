package org.clinicdesk.core.notes;

import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * One medicine in a note's plan: drug, strength (the dose, e.g. "500 mg"), form, route, frequency, duration in
 * days (absent for PRN or long-term) and free instructions. Drug, strength and frequency are required.
 */
public record Prescription(String drug, String strength, String form, String route, Frequency frequency,
                           Integer durationDays, String instructions) {
    public Prescription {
        drug = required("drug", drug);
        strength = required("strength", strength);
        if (frequency == null) {
            throw new ValidationException("frequency", CoreMessages.text("common.missingFor", drug));
        }
        form = form == null ? "" : form.strip();
        route = route == null || route.isBlank() ? "oral" : route.strip();
        instructions = instructions == null ? "" : instructions.strip();
        if (durationDays != null && (durationDays < 1 || durationDays > 3650)) {
            throw new ValidationException("duration",
                    CoreMessages.text("notes.daysNotBetween", String.valueOf(durationDays), drug));
        }
    }

    /** "Amoxicillin 500 mg capsule, oral, TDS for 5 days: after food". */
    public String summary() {
        StringBuilder s = new StringBuilder(drug).append(' ').append(strength);
        if (!form.isEmpty()) {
            s.append(' ').append(form);
        }
        s.append(", ").append(route).append(", ").append(frequency.name());
        if (durationDays != null) {
            s.append(" for ").append(durationDays).append(durationDays == 1 ? " day" : " days");
        }
        if (!instructions.isEmpty()) {
            s.append(": ").append(instructions);
        }
        return s.toString();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, CoreMessages.text("notes.missingPrescription"));
        }
        return value.strip();
    }
}
