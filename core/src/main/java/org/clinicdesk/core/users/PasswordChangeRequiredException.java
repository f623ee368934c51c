package org.clinicdesk.core.users;

/**
 * Sign-in refused because the account's password was reset by an administrator: the user must choose a new one
 * first ({@link UserService#changeOwnPassword}). Callers that can offer the change catch it and do so.
 */
public final class PasswordChangeRequiredException extends SignInFailedException {
    private final String username;

    public PasswordChangeRequiredException(String username) {
        super("The password of " + username + " was reset by an administrator; choose a new password before signing in.");
        this.username = username;
    }

    public String username() {
        return username;
    }
}
