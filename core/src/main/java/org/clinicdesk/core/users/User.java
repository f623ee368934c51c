package org.clinicdesk.core.users;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A person who signs in: their role, password hash (Argon2id) and sign-in lock state. */
public record User(UUID id, String username, String displayName, Role role, String passwordHash, boolean active,
                   int failedAttempts, Instant lockedUntil) {

    public Optional<Instant> lockedUntilTime() {
        return Optional.ofNullable(lockedUntil);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public User withFailedAttempt(int attempts, Instant lockUntil) {
        return new User(id, username, displayName, role, passwordHash, active, attempts, lockUntil);
    }

    public User withSuccessfulSignIn() {
        return new User(id, username, displayName, role, passwordHash, active, 0, null);
    }
}
