package org.clinicdesk.storage.sync;

import org.clinicdesk.core.common.ClinicException;

/** The central server could not be reached or went away during a sync; local changes stay queued. */
public final class CentralUnavailableException extends ClinicException {
    public CentralUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
