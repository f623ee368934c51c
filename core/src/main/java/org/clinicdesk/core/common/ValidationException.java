package org.clinicdesk.core.common;

/**
 * Input that crossed a boundary (a form field, a command-line option, a file, a synced row) and was refused.
 * It names the field and the reason, so the message can be shown beside the field or printed to a clinic admin.
 */
public final class ValidationException extends ClinicException {
    private final String field;
    private final String reason;

    public ValidationException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
