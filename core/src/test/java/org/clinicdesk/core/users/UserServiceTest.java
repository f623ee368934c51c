package org.clinicdesk.core.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.clinicdesk.core.MemoryClinic;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing in and the administrator's staff management, with real Argon2 hashes and this desk's lock-out. */
class UserServiceTest {
    private static final SignInPolicy THREE_TRIES = new SignInPolicy(3, Duration.ofMinutes(15));
    private MemoryClinic clinic;
    private boolean catchUpPending;
    private UserService users;
    private Actor admin;

    @BeforeEach
    void setUp() {
        clinic = new MemoryClinic();
        users = new UserService(clinic.ctx, clinic.userRepository(), clinic.signInLockouts(), new PasswordHasher(),
                THREE_TRIES, () -> catchUpPending);
        users.addFirstAdmin("admin", "admin-pass-1".toCharArray(), MemoryClinic.SITE);
        admin = users.signIn("admin", "admin-pass-1".toCharArray(), MemoryClinic.SITE);
    }

    @Test
    void theFirstAdministratorIsMadeOnceOnly() {
        assertThat(users.hasUsers()).isTrue();
        assertThatThrownBy(() -> users.addFirstAdmin("other", "admin-pass-2".toCharArray(), MemoryClinic.SITE))
                .isInstanceOf(RuleViolationException.class);
        assertThat(clinic.users).containsOnlyKeys("admin");
    }

    @Test
    void aNewUsersNameIsNormalisedAndBadNamesOrShortPasswordsAreRefusedByField() {
        User added = users.add(admin, "  Nurse.Ann ", " Ann Joseph ", Role.NURSE, "nurse-pass-1".toCharArray());
        assertThat(added.username()).isEqualTo("nurse.ann");
        assertThat(added.displayName()).isEqualTo("Ann Joseph");
        assertThat(users.add(admin, "dr.mehta", " ", Role.DOCTOR, "doctor-pass".toCharArray()).displayName())
                .isEqualTo("dr.mehta");
        assertThatThrownBy(() -> users.add(admin, "9lives", "", Role.NURSE, "long-enough".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> users.add(admin, "ravi", "", Role.NURSE, "short".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> users.add(admin, "NURSE.ANN", "", Role.NURSE, "long-enough".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThat(clinic.users).containsOnlyKeys("admin", "nurse.ann", "dr.mehta");
    }

    @Test
    void onlyAnAdministratorManagesUsers() {
        users.add(admin, "dr.mehta", "", Role.DOCTOR, "doctor-pass".toCharArray());
        Actor doctor = users.signIn("dr.mehta", "doctor-pass".toCharArray(), MemoryClinic.SITE);
        assertThatThrownBy(() -> users.add(doctor, "x.y", "", Role.ADMIN, "long-enough".toCharArray()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> users.list(doctor)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> users.all(doctor)).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void wrongPasswordsLockTheAccountOnThisDeskUntilTheLockRunsOutOrAnAdministratorLiftsIt() {
        users.add(admin, "nurse.ann", "", Role.NURSE, "nurse-pass-1".toCharArray());
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> users.signIn("nurse.ann", "wrong-pass".toCharArray(), MemoryClinic.SITE))
                    .isInstanceOf(SignInFailedException.class).hasMessageContaining("Wrong user name or password");
        }
        assertThat(clinic.auditActions()).contains("ACCOUNT_LOCKED");
        assertThatThrownBy(() -> users.signIn("nurse.ann", "nurse-pass-1".toCharArray(), MemoryClinic.SITE))
                .isInstanceOf(SignInFailedException.class).hasMessageContaining("locked");
        assertThat(users.list(admin)).filteredOn(m -> m.user().username().equals("nurse.ann"))
                .singleElement().satisfies(m -> assertThat(m.lockedHereUntil()).isPresent());

        users.unlock(admin, "nurse.ann");
        assertThat(users.signIn("nurse.ann", "nurse-pass-1".toCharArray(), MemoryClinic.SITE).role()).isEqualTo(Role.NURSE);
        assertThatThrownBy(() -> users.unlock(admin, "nurse.ann")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aLockRunsOutAfterItsTime() {
        users.add(admin, "nurse.ann", "", Role.NURSE, "nurse-pass-1".toCharArray());
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> users.signIn("nurse.ann", "wrong-pass".toCharArray(), MemoryClinic.SITE))
                    .isInstanceOf(SignInFailedException.class);
        }
        clinic.clock.advance(Duration.ofMinutes(16));
        assertThat(users.signIn("nurse.ann", "nurse-pass-1".toCharArray(), MemoryClinic.SITE).username()).isEqualTo("nurse.ann");
    }

    @Test
    void anUnknownUserIsRefusedLikeAWrongPasswordAndAudited() {
        assertThatThrownBy(() -> users.signIn("nobody", "whatever-1".toCharArray(), MemoryClinic.SITE))
                .isInstanceOf(SignInFailedException.class).hasMessage("Wrong user name or password.");
        assertThat(clinic.audit.get(clinic.audit.size() - 1).detail()).isEqualTo("unknown user");
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        users.add(admin, "nurse.ann", "", Role.NURSE, "nurse-pass-1".toCharArray());
        users.disable(admin, "nurse.ann", Optional.of(" left the clinic "));
        assertThat(clinic.audit.get(clinic.audit.size() - 1).detail()).isEqualTo("nurse.ann: left the clinic");
        assertThatThrownBy(() -> users.signIn("nurse.ann", "nurse-pass-1".toCharArray(), MemoryClinic.SITE))
                .isInstanceOf(SignInFailedException.class).hasMessageContaining("disabled");
        assertThatThrownBy(() -> users.disable(admin, "nurse.ann", Optional.empty()))
                .isInstanceOf(RuleViolationException.class);
        users.enable(admin, "nurse.ann");
        assertThatThrownBy(() -> users.enable(admin, "nurse.ann")).isInstanceOf(RuleViolationException.class);
        assertThat(users.signIn("nurse.ann", "nurse-pass-1".toCharArray(), MemoryClinic.SITE).username()).isEqualTo("nurse.ann");
    }

    @Test
    void noOneDisablesThemselvesOrTheLastAdministrator() {
        assertThatThrownBy(() -> users.disable(admin, "admin", Optional.empty()))
                .isInstanceOf(RuleViolationException.class);
        users.add(admin, "admin2", "", Role.ADMIN, "admin-pass-2".toCharArray());
        Actor second = users.signIn("admin2", "admin-pass-2".toCharArray(), MemoryClinic.SITE);
        users.disable(second, "admin", Optional.empty());
        users.add(second, "admin3", "", Role.ADMIN, "admin-pass-3".toCharArray());
        users.disable(second, "admin3", Optional.empty());
        Actor third = new Actor(clinic.users.get("admin3").id(), "admin3", Role.ADMIN, MemoryClinic.SITE);
        assertThatThrownBy(() -> users.disable(third, "admin2", Optional.empty()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("admin2");
        assertThatThrownBy(() -> users.disable(second, "nobody", Optional.empty())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.disable(second, "admin3", Optional.of("x".repeat(501))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aResetPasswordOpensOnlyItsChangeAndTheNewPasswordThenSignsIn() {
        users.add(admin, "nurse.ann", "", Role.NURSE, "nurse-pass-1".toCharArray());
        users.resetPassword(admin, "nurse.ann", "temporary-1".toCharArray());
        assertThat(users.attemptSignIn("nurse.ann", "temporary-1".toCharArray(), MemoryClinic.SITE))
                .isEqualTo(new SignInOutcome.PasswordChangeRequired("nurse.ann"));
        assertThatThrownBy(() -> users.signIn("nurse.ann", "temporary-1".toCharArray(), MemoryClinic.SITE))
                .isInstanceOf(PasswordChangeRequiredException.class);
        assertThatThrownBy(() -> users.changeOwnPassword("nurse.ann", "temporary-1".toCharArray(), "temporary-1".toCharArray()))
                .isInstanceOf(ValidationException.class);
        users.changeOwnPassword("nurse.ann", "temporary-1".toCharArray(), "my-own-pass".toCharArray());
        assertThat(clinic.audit.get(clinic.audit.size() - 1).detail()).isEqualTo("after a reset");
        assertThatThrownBy(() -> users.signIn("nurse.ann", "nurse-pass-1".toCharArray(), MemoryClinic.SITE))
                .isInstanceOf(SignInFailedException.class);
        assertThat(users.signIn("nurse.ann", "my-own-pass".toCharArray(), MemoryClinic.SITE).role()).isEqualTo(Role.NURSE);
    }

    @Test
    void signOutLockAndUnlockAreAuditedAndUnlockNeedsThePassword() {
        users.screenLocked(admin);
        assertThatThrownBy(() -> users.unlock(admin, "wrong-pass".toCharArray())).isInstanceOf(SignInFailedException.class);
        Actor again = users.unlock(admin, "admin-pass-1".toCharArray());
        users.signOut(again);
        assertThat(clinic.auditActions()).containsSubsequence("SCREEN_LOCKED", "SIGN_IN_FAILED", "SCREEN_UNLOCKED",
                "SIGN_OUT");
    }

    @Test
    void aRestoredDeskWaitsForCatchUpExceptForAnAdministratorWithAReason() {
        users.add(admin, "nurse.ann", "", Role.NURSE, "nurse-pass-1".toCharArray());
        catchUpPending = true;
        assertThat(users.waitingForCatchUp()).isTrue();
        assertThatThrownBy(() -> users.signIn("admin", "admin-pass-1".toCharArray(), MemoryClinic.SITE))
                .isInstanceOf(CatchUpRequiredException.class);
        assertThatThrownBy(() -> users.signInBeforeCatchUp("admin", "admin-pass-1".toCharArray(), MemoryClinic.SITE, " "))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> users.signInBeforeCatchUp("admin", "admin-pass-1".toCharArray(), MemoryClinic.SITE,
                "x".repeat(501))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> users.signInBeforeCatchUp("nurse.ann", "nurse-pass-1".toCharArray(), MemoryClinic.SITE,
                "server down")).isInstanceOf(SignInFailedException.class);
        Actor a = users.signInBeforeCatchUp("admin", "admin-pass-1".toCharArray(), MemoryClinic.SITE, " server down ");
        assertThat(a.role()).isEqualTo(Role.ADMIN);
        assertThat(clinic.auditActions()).last().isEqualTo("EMERGENCY_ACCESS");
        assertThat(clinic.audit.get(clinic.audit.size() - 1).detail()).endsWith(": server down");
    }

    @Test
    void theAdministratorSeesEveryUser() {
        users.add(admin, "nurse.ann", "", Role.NURSE, "nurse-pass-1".toCharArray());
        assertThat(users.all(admin)).extracting(User::username).containsExactly("admin", "nurse.ann");
        assertThat(users.list(admin)).allSatisfy(m -> assertThat(m.lockedHereUntil()).isEmpty());
    }
}
