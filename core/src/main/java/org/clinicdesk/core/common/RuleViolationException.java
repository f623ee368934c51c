package org.clinicdesk.core.common;

/** A clinical record rule refused the change: an illegal queue transition, an edit of a signed note, and so on. */
public class RuleViolationException extends ClinicException {
    public RuleViolationException(String message) {
        super(message);
    }
}
