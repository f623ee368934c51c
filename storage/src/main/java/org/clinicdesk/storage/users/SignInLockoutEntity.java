package org.clinicdesk.storage.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.users.SignInLockout;

/**
 * A row of the local-only {@code sign_in_lockout} table. Not a synced entity on purpose: the outbox listener ignores
 * it, so wrong passwords at one desk never lock the account at another.
 */
@Entity
@Table(name = "sign_in_lockout")
class SignInLockoutEntity {
    @Id
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;
    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInLockoutEntity() {
    }

    SignInLockoutEntity(UUID userId) {
        this.userId = userId;
    }

    void copyFrom(SignInLockout lockout) {
        failedAttempts = lockout.failedAttempts();
        lockedUntil = lockout.lockedUntil().orElse(null);
    }

    SignInLockout toLockout() {
        return new SignInLockout(userId, failedAttempts, Optional.ofNullable(lockedUntil));
    }
}
