package org.clinicdesk.core.users;

import org.clinicdesk.core.common.ClinicException;

/** A sign-in was refused: wrong name or password (never saying which), or the account is locked for a while. */
public final class SignInFailedException extends ClinicException {
    public SignInFailedException(String message) {
        super(message);
    }
}
