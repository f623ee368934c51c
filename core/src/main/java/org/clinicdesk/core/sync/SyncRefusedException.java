package org.clinicdesk.core.sync;

import org.clinicdesk.core.common.ClinicException;

/**
 * Sync refused to start or to accept changes, before writing anything: another schema or protocol version, or a
 * clock too far ahead. The message says what to fix.
 */
public final class SyncRefusedException extends ClinicException {
    private final Reason reason;

    /** Why sync was refused. */
    public enum Reason { SCHEMA_VERSION, PROTOCOL_VERSION, CLOCK_AHEAD, WRONG_CLINIC, WRONG_SITE, SITE_TAKEN, NO_CLINIC,
        UNSAFE_LOGIN, INSECURE_CONNECTION, REFUSED_BY_SERVER }

    public SyncRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
