package org.clinicdesk.core.users;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;

/**
 * Use cases of the people who sign in: add users, sign in (with this desk's lock-out after repeated failures), sign
 * out, lock and unlock the screen, change one's own password; and the administrator's staff management: list,
 * disable, enable, reset a password (forcing a change at the next sign-in) and unlock an account on this desk.
 */
public final class UserService {
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");
    private static final int MIN_PASSWORD = 8;
    private static final int MAX_REASON = 500;
    private final ClinicContext ctx;
    private final UserRepository users;
    private final SignInLockouts lockouts;
    private final PasswordHasher hasher;
    private final PasswordCheck check;
    private final RestoreCatchUp catchUp;

    public UserService(ClinicContext ctx, UserRepository users, SignInLockouts lockouts, PasswordHasher hasher,
                       SignInPolicy policy) {
        this(ctx, users, lockouts, hasher, policy, RestoreCatchUp.CAUGHT_UP);
    }

    /** {@code catchUp} says whether sign-in must wait for a restored store to catch up with the central server. */
    public UserService(ClinicContext ctx, UserRepository users, SignInLockouts lockouts, PasswordHasher hasher,
                       SignInPolicy policy, RestoreCatchUp catchUp) {
        this.ctx = ctx;
        this.catchUp = catchUp;
        this.users = users;
        this.lockouts = lockouts;
        this.hasher = hasher;
        this.check = new PasswordCheck(ctx, users, lockouts, hasher, policy);
    }

    public User add(Actor actor, String username, String displayName, Role role, char[] password) {
        actor.require(Permission.MANAGE_USERS);
        return ctx.tx().inTransaction(() -> {
            User user = create(username, displayName, role, password);
            ctx.audit(actor, AuditRecord.of(AuditAction.USER_ADDED, "user", user.id(), user.username() + " " + role));
            return user;
        });
    }

    /** The first administrator, made when the store is initialised; refused once any user exists. */
    public User addFirstAdmin(String username, char[] password, SiteCode site) {
        return ctx.tx().inTransaction(() -> {
            if (users.count() > 0) {
                throw new RuleViolationException(CoreMessages.text("users.firstAdmin.exists"));
            }
            User admin = create(username, username, Role.ADMIN, password);
            ctx.audit().append(admin.username(), AuditRecord.of(AuditAction.USER_ADDED, "user", admin.id(),
                    admin.username() + " ADMIN (first administrator, site " + site + ")"));
            return admin;
        });
    }

    public boolean hasUsers() {
        return ctx.tx().inTransaction(() -> users.count() > 0);
    }

    /**
     * Checks the password and says what it opens: the workstation, or only the change of a password that an
     * administrator reset. Wrong, locked and disabled are refused with {@link SignInFailedException}.
     */
    public SignInOutcome attemptSignIn(String username, char[] password, SiteCode site) {
        String name = normalised(username);
        if (catchUp.pending()) {
            throw new CatchUpRequiredException();
        }
        User user = check.verify(name, password);
        return ctx.tx().inTransaction(() -> {
            lockouts.clear(user.id());
            if (user.mustChangePassword()) {
                ctx.audit().append(name, AuditRecord.of(AuditAction.SIGN_IN_FAILED, "user", user.id(),
                        "password change required"));
                return new SignInOutcome.PasswordChangeRequired(user.username());
            }
            Actor actor = new Actor(user.id(), user.username(), user.role(), site);
            ctx.audit(actor, AuditRecord.of(AuditAction.SIGN_IN, "user", user.id(), ""));
            return new SignInOutcome.SignedIn(actor);
        });
    }

    /** Whether sign-in waits for this restored store to catch up with the central server ({@link RestoreCatchUp}). */
    public boolean waitingForCatchUp() {
        return catchUp.pending();
    }

    /**
     * An administrator signs in on a restored desk that has not caught up with the central server (it is out of reach
     * and the clinic cannot wait), giving the reason. The password is checked as always; the sign-in is audited as an
     * {@code EMERGENCY_ACCESS} with the reason, so it is listed for review. Any other role is refused.
     */
    public Actor signInBeforeCatchUp(String username, char[] password, SiteCode site, String reason) {
        String name = normalised(username);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ValidationException("reason", CoreMessages.text("users.reason.required"));
        }
        if (why.length() > MAX_REASON) {
            throw new ValidationException("reason",
                    CoreMessages.text("users.reason.tooLong", String.valueOf(MAX_REASON)));
        }
        User user = check.verify(name, password);
        Actor actor = new Actor(user.id(), user.username(), user.role(), site);
        if (!actor.may(Permission.ADMINISTER_STORE) || user.mustChangePassword()) {
            ctx.tx().run(() -> ctx.audit().append(name, AuditRecord.of(AuditAction.SIGN_IN_FAILED, "user", user.id(),
                    "emergency sign-in before catch-up refused")));
            throw new SignInFailedException("Only an administrator (with a password that is not a temporary one) can "
                    + "sign in before this restored desk has caught up with the central server.");
        }
        ctx.tx().run(() -> ctx.audit(actor, AuditRecord.of(AuditAction.EMERGENCY_ACCESS, "user", user.id(),
                "signed in on a restored desk before it caught up with the central server: " + why)));
        return actor;
    }

    /** Signs in or refuses; a reset password is refused with {@link PasswordChangeRequiredException}. */
    public Actor signIn(String username, char[] password, SiteCode site) {
        SignInOutcome outcome = attemptSignIn(username, password, site);
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            return signedIn.actor();
        }
        throw new PasswordChangeRequiredException(((SignInOutcome.PasswordChangeRequired) outcome).username());
    }

    public void signOut(Actor actor) {
        ctx.tx().run(() -> ctx.audit(actor, AuditRecord.of(AuditAction.SIGN_OUT, "user", actor.userId(), "")));
    }

    public void screenLocked(Actor actor) {
        ctx.tx().run(() -> ctx.audit(actor, AuditRecord.of(AuditAction.SCREEN_LOCKED, "user", actor.userId(), "idle")));
    }

    /** Unlocking needs the same user's password again; failures count towards the account lock. */
    public Actor unlock(Actor actor, char[] password) {
        Actor again = signIn(actor.username(), password, actor.site());
        ctx.tx().run(() -> ctx.audit(again, AuditRecord.of(AuditAction.SCREEN_UNLOCKED, "user", again.userId(), "")));
        return again;
    }

    /**
     * The user changes their own password, after a reset or of their own accord. The old password is checked like a
     * sign-in (wrong ones count towards this desk's lock); the new one must be long enough and differ from it.
     */
    public void changeOwnPassword(String username, char[] oldPassword, char[] newPassword) {
        String name = normalised(username);
        requirePassword("new password", newPassword);
        if (Arrays.equals(oldPassword, newPassword)) {
            throw new ValidationException("new password", CoreMessages.text("users.password.same"));
        }
        User user = check.verify(name, oldPassword);
        String hash = hasher.hash(newPassword);
        ctx.tx().run(() -> {
            User current = existing(name);
            users.save(current.withOwnPassword(hash));
            lockouts.clear(user.id());
            ctx.audit().append(name, AuditRecord.of(AuditAction.PASSWORD_CHANGED, "user", user.id(),
                    user.mustChangePassword() ? "after a reset" : ""));
        });
    }

    public List<User> all(Actor actor) {
        actor.require(Permission.MANAGE_USERS);
        return ctx.tx().inTransaction(users::all);
    }

    /** Every user with the lock on this desk, if any is running now. */
    public List<StaffMember> list(Actor actor) {
        actor.require(Permission.MANAGE_USERS);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Map<UUID, SignInLockout> locks = lockouts.all().stream()
                    .collect(Collectors.toMap(SignInLockout::userId, Function.identity()));
            return users.all().stream().map(u -> new StaffMember(u, Optional.ofNullable(locks.get(u.id()))
                    .filter(l -> l.isLockedAt(now)).flatMap(SignInLockout::lockedUntil))).toList();
        });
    }

    /**
     * Disables an account on every desk (it travels by sync): the user can no longer sign in. Refused for one's
     * own account and for the last active administrator, so someone can always manage users.
     */
    public User disable(Actor actor, String username, Optional<String> reason) {
        actor.require(Permission.MANAGE_USERS);
        String why = reason.map(String::strip).orElse("");
        if (why.length() > MAX_REASON) {
            throw new ValidationException("reason",
                    CoreMessages.text("users.reason.tooLong", String.valueOf(MAX_REASON)));
        }
        return ctx.tx().inTransaction(() -> {
            User user = existing(normalised(username));
            if (user.id().equals(actor.userId())) {
                throw new RuleViolationException(CoreMessages.text("users.disableSelf", user.username()));
            }
            if (!user.active()) {
                throw new RuleViolationException(CoreMessages.text("users.alreadyDisabled", user.username()));
            }
            if (user.role() == Role.ADMIN && users.all().stream()
                    .noneMatch(u -> u.active() && u.role() == Role.ADMIN && !u.id().equals(user.id()))) {
                throw new RuleViolationException(CoreMessages.text("users.lastAdmin", user.username()));
            }
            return changed(actor, user.disabled(), AuditAction.USER_DISABLED, why);
        });
    }

    public User enable(Actor actor, String username) {
        actor.require(Permission.MANAGE_USERS);
        return ctx.tx().inTransaction(() -> {
            User user = existing(normalised(username));
            if (user.active()) {
                throw new RuleViolationException(CoreMessages.text("users.alreadyActive", user.username()));
            }
            return changed(actor, user.enabled(), AuditAction.USER_ENABLED, "");
        });
    }

    /**
     * Gives the user a temporary password that works on every desk after sync and opens only the change of it;
     * the old password stops working and this desk's lock on the account is lifted.
     */
    public User resetPassword(Actor actor, String username, char[] temporaryPassword) {
        actor.require(Permission.MANAGE_USERS);
        requirePassword("temporary password", temporaryPassword);
        String hash = hasher.hash(temporaryPassword);
        return ctx.tx().inTransaction(() -> {
            User user = existing(normalised(username));
            lockouts.clear(user.id());
            return changed(actor, user.withTemporaryPassword(hash), AuditAction.PASSWORD_RESET,
                    "must change it at the next sign-in");
        });
    }

    /** Lifts the lock that wrong passwords put on the account at this desk (other desks keep their own count). */
    public void unlock(Actor actor, String username) {
        actor.require(Permission.MANAGE_USERS);
        Instant now = ctx.clock().instant();
        ctx.tx().run(() -> {
            User user = existing(normalised(username));
            if (lockouts.find(user.id()).filter(l -> l.isLockedAt(now)).isEmpty()) {
                throw new RuleViolationException(CoreMessages.text("users.notLocked", user.username()));
            }
            lockouts.clear(user.id());
            ctx.audit(actor, AuditRecord.of(AuditAction.ACCOUNT_UNLOCKED, "user", user.id(), "site " + actor.site()));
        });
    }

    private User changed(Actor actor, User user, AuditAction action, String detail) {
        users.save(user);
        ctx.audit(actor, AuditRecord.of(action, "user", user.id(), detail.isEmpty() ? user.username()
                : user.username() + ": " + detail));
        return user;
    }

    private User existing(String name) {
        return users.findByUsername(name).orElseThrow(() -> new NotFoundException("notFound.user", name));
    }

    private static String normalised(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static void requirePassword(String field, char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new ValidationException(field,
                    CoreMessages.text("users.password.tooShort", String.valueOf(MIN_PASSWORD)));
        }
    }

    private User create(String username, String displayName, Role role, char[] password) {
        String name = normalised(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new ValidationException("username", CoreMessages.text("users.username.format", username));
        }
        requirePassword("password", password);
        if (users.findByUsername(name).isPresent()) {
            throw new ValidationException("username", CoreMessages.text("users.username.taken", name));
        }
        User user = new User(ctx.ids().newId(), name, displayName == null || displayName.isBlank() ? name : displayName.strip(),
                role, hasher.hash(password), true, false);
        users.save(user);
        return user;
    }
}
