package org.clinicdesk.core.users;

import org.clinicdesk.core.common.ClinicException;

/**
 * A sign-in was refused: wrong name or password (never saying which), the account is locked for a while or
 * disabled, or its password must be changed first.
 */
public sealed class SignInFailedException extends ClinicException permits PasswordChangeRequiredException {
    public SignInFailedException(String message) {
        super(message);
    }
}
