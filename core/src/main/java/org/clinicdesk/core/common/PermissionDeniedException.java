package org.clinicdesk.core.common;

/** The acting user's role does not allow the use case; raised by the use case itself, whatever the UI showed. */
public final class PermissionDeniedException extends ClinicException {
    public PermissionDeniedException(String message) {
        super(message);
    }
}
