package org.clinicdesk.storage.keys;

import org.clinicdesk.core.common.ClinicException;

/** The store is encrypted and nothing this computer holds opens it: it needs its recovery key. */
public final class StoreLockedException extends ClinicException {
    public StoreLockedException(String message) {
        super(message);
    }
}
