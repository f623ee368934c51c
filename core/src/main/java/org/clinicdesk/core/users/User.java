package org.clinicdesk.core.users;

import java.util.UUID;

/**
 * A person who signs in: their role, password hash (Argon2id), whether an administrator has disabled the account and
 * whether the password was reset and must be changed at the next sign-in. Everything here syncs to every desk; the
 * count of wrong passwords does not (see {@link SignInLockout}).
 */
public record User(UUID id, String username, String displayName, Role role, String passwordHash, boolean active,
                   boolean mustChangePassword) {

    /** The account as an administrator left it after disabling it: the password stays, signing in does not work. */
    public User disabled() {
        return new User(id, username, displayName, role, passwordHash, false, mustChangePassword);
    }

    public User enabled() {
        return new User(id, username, displayName, role, passwordHash, true, mustChangePassword);
    }

    /** A password an administrator gave out: it opens only the change-password form. */
    public User withTemporaryPassword(String hash) {
        return new User(id, username, displayName, role, hash, active, true);
    }

    /** A password the user chose themselves. */
    public User withOwnPassword(String hash) {
        return new User(id, username, displayName, role, hash, active, false);
    }
}
