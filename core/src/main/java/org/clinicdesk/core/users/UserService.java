package org.clinicdesk.core.users;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;

/** Use cases: add users, sign in (with lock-out after repeated failures), sign out, lock and unlock the screen. */
public final class UserService {
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");
    private static final int MIN_PASSWORD = 8;
    private final ClinicContext ctx;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SignInPolicy policy;

    public UserService(ClinicContext ctx, UserRepository users, PasswordHasher hasher, SignInPolicy policy) {
        this.ctx = ctx;
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
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
                throw new RuleViolationException("This store already has users; add more with 'user add' as an admin.");
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

    public Actor signIn(String username, char[] password, SiteCode site) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        // The Argon2 check runs outside the transaction: it is slow on purpose and needs no database.
        User user = ctx.tx().inTransaction(() -> users.findByUsername(name)).orElse(null);
        var now = ctx.clock().instant();
        if (user != null && user.isLockedAt(now)) {
            ctx.tx().run(() -> ctx.audit().append(name, AuditRecord.of(AuditAction.SIGN_IN_FAILED, "user", user.id(),
                    "account locked")));
            throw new SignInFailedException("This account is locked after too many wrong passwords; try again after "
                    + java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(java.time.ZoneId.systemDefault())
                    .format(user.lockedUntil()) + " or ask an admin.");
        }
        boolean ok = user != null && user.active() && hasher.verify(password, user.passwordHash());
        java.util.Optional<Actor> signedIn = ctx.tx().inTransaction(() -> {
            if (!ok) {
                if (user != null) {
                    int attempts = user.failedAttempts() + 1;
                    boolean lock = attempts >= policy.maxFailedAttempts();
                    users.save(user.withFailedAttempt(lock ? 0 : attempts, lock ? now.plus(policy.lockDuration()) : null));
                    ctx.audit().append(name, AuditRecord.of(lock ? AuditAction.ACCOUNT_LOCKED : AuditAction.SIGN_IN_FAILED,
                            "user", user.id(), "attempt " + attempts));
                } else {
                    ctx.audit().append(name, AuditRecord.of(AuditAction.SIGN_IN_FAILED, "user", "", "unknown user"));
                }
                return java.util.Optional.<Actor>empty();
            }
            users.save(user.withSuccessfulSignIn());
            Actor actor = new Actor(user.id(), user.username(), user.role(), site);
            ctx.audit(actor, AuditRecord.of(AuditAction.SIGN_IN, "user", user.id(), ""));
            return java.util.Optional.of(actor);
        });
        return signedIn.orElseThrow(() -> new SignInFailedException("Wrong user name or password."));
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

    public List<User> all(Actor actor) {
        actor.require(Permission.MANAGE_USERS);
        return ctx.tx().inTransaction(users::all);
    }

    private User create(String username, String displayName, Role role, char[] password) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new ValidationException("username", "'" + username + "' must be 2 to 32 characters: lower-case letters, "
                    + "digits, dot, dash or underscore, starting with a letter");
        }
        if (password == null || password.length < MIN_PASSWORD) {
            throw new ValidationException("password", "must have at least " + MIN_PASSWORD + " characters");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new ValidationException("username", "'" + name + "' is already taken");
        }
        User user = new User(ctx.ids().newId(), name, displayName == null || displayName.isBlank() ? name : displayName.strip(),
                role, hasher.hash(password), true, 0, null);
        users.save(user);
        return user;
    }
}
