package org.clinicdesk.core.users;

import org.clinicdesk.core.common.ClinicException;

/**
 * A sign-in was refused: wrong name or password (never saying which), the account is locked for a while or
 * disabled, or its password must be changed first, or the desk is restored and not caught up yet.
 */
public sealed class SignInFailedException extends ClinicException permits PasswordChangeRequiredException, CatchUpRequiredException {
    public SignInFailedException(String message) {
        super(message);
    }
}
