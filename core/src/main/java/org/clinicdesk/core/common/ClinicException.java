package org.clinicdesk.core.common;

/**
 * Base of every refusal the clinic's rules produce; its message is written for the person at the desk, not for a
 * developer, so callers may show it as it is.
 */
public class ClinicException extends RuntimeException {
    public ClinicException(String message) {
        super(message);
    }

    public ClinicException(String message, Throwable cause) {
        super(message, cause);
    }
}
