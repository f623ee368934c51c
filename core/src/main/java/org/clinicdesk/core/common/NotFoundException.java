package org.clinicdesk.core.common;

/**
 * A record that a command names (a UHID, a token, a note id) does not exist in this store. The text comes from core's
 * bundle: {@code key} is a {@code notFound.*} key whose pattern takes the name that was looked up as {0}.
 */
public final class NotFoundException extends ClinicException {
    public NotFoundException(String key, Object... arguments) {
        super(CoreMessages.text(key, arguments));
    }
}
