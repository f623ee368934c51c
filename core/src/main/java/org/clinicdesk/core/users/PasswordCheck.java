package org.clinicdesk.core.users;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;

/**
 * The password check every way in shares (sign-in, screen unlock, changing one's own password): this desk's lock
 * first, then the hash, wrong passwords counted towards the lock, then the account being enabled. Each refusal is
 * audited and thrown; a pass returns the user.
 */
final class PasswordCheck {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());
    private final ClinicContext ctx;
    private final UserRepository users;
    private final SignInLockouts lockouts;
    private final PasswordHasher hasher;
    private final SignInPolicy policy;

    PasswordCheck(ClinicContext ctx, UserRepository users, SignInLockouts lockouts, PasswordHasher hasher,
                  SignInPolicy policy) {
        this.ctx = ctx;
        this.users = users;
        this.lockouts = lockouts;
        this.hasher = hasher;
        this.policy = policy;
    }

    User verify(String name, char[] password) {
        Optional<User> found = ctx.tx().inTransaction(() -> users.findByUsername(name));
        if (found.isEmpty()) {
            ctx.tx().run(() -> ctx.audit().append(name, AuditRecord.of(AuditAction.SIGN_IN_FAILED, "user", "", "unknown user")));
            throw wrongPassword();
        }
        User user = found.get();
        Instant now = ctx.clock().instant();
        SignInLockout lockout = ctx.tx().inTransaction(() -> lockouts.find(user.id())).orElse(SignInLockout.none(user.id()));
        if (lockout.isLockedAt(now)) {
            ctx.tx().run(() -> ctx.audit().append(name, AuditRecord.of(AuditAction.SIGN_IN_FAILED, "user", user.id(),
                    "account locked")));
            throw new SignInFailedException("This account is locked after too many wrong passwords; try again after "
                    + TIME.format(lockout.lockedUntil().orElseThrow()) + " or ask an administrator to unlock it.");
        }
        // Argon2 is slow on purpose and needs no database: it runs outside any transaction.
        if (!hasher.verify(password, user.passwordHash())) {
            ctx.tx().run(() -> {
                SignInLockout after = lockouts.find(user.id()).orElse(SignInLockout.none(user.id())).afterFailure(policy, now);
                lockouts.save(after);
                ctx.audit().append(name, AuditRecord.of(after.isLockedAt(now) ? AuditAction.ACCOUNT_LOCKED
                        : AuditAction.SIGN_IN_FAILED, "user", user.id(), "attempt " + (lockout.failedAttempts() + 1)));
            });
            throw wrongPassword();
        }
        if (!user.active()) {
            ctx.tx().run(() -> ctx.audit().append(name, AuditRecord.of(AuditAction.SIGN_IN_FAILED, "user", user.id(),
                    "account disabled")));
            throw new SignInFailedException("This account is disabled; ask an administrator.");
        }
        return user;
    }

    private static SignInFailedException wrongPassword() {
        return new SignInFailedException("Wrong user name or password.");
    }
}
