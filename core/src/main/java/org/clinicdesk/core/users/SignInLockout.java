package org.clinicdesk.core.users;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * This desk's count of wrong passwords for one user and, after too many, until when the account is locked here.
 * Kept per desk and never synced: a burst of wrong guesses at reception must not lock the doctor's room.
 */
public record SignInLockout(UUID userId, int failedAttempts, Optional<Instant> lockedUntil) {
    public SignInLockout {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
    }

    public static SignInLockout none(UUID userId) {
        return new SignInLockout(userId, 0, Optional.empty());
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }

    /** One more wrong password; reaching the policy's limit locks the account and starts the count again. */
    public SignInLockout afterFailure(SignInPolicy policy, Instant now) {
        int attempts = failedAttempts + 1;
        if (attempts >= policy.maxFailedAttempts()) {
            return new SignInLockout(userId, 0, Optional.of(now.plus(policy.lockDuration())));
        }
        return new SignInLockout(userId, attempts, Optional.empty());
    }
}
