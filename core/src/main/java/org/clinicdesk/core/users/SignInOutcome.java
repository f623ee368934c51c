package org.clinicdesk.core.users;

/**
 * What a correct password leads to: the user is signed in, or their password was reset by an administrator and
 * they must choose a new one before they may do anything.
 */
public sealed interface SignInOutcome {

    /** Signed in; the actor may work. */
    record SignedIn(Actor actor) implements SignInOutcome {
    }

    /** The password was right but temporary: only {@link UserService#changeOwnPassword} is open to this user. */
    record PasswordChangeRequired(String username) implements SignInOutcome {
    }
}
