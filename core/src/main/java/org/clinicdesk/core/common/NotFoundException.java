package org.clinicdesk.core.common;

/** A record that a command names (a UHID, a token, a note id) does not exist in this store. */
public final class NotFoundException extends ClinicException {
    public NotFoundException(String what, String key) {
        super(what + " not found: " + key);
    }
}
