package org.clinicdesk.storage.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.clinicdesk.core.audit.AuditEvent;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.PasswordChangeRequiredException;
import org.clinicdesk.core.users.PasswordHasher;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.users.SignInFailedException;
import org.clinicdesk.core.users.SignInOutcome;
import org.clinicdesk.core.users.SignInPolicy;
import org.clinicdesk.core.users.StaffMember;
import org.clinicdesk.core.users.UserService;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator's staff use cases and the sign-in rules they lead to, over a real store. */
class StaffManagementTest {
    private static final String ADMIN_PASSWORD = "admin-pass-1";
    private static final String NURSE_PASSWORD = "nurse-pass-1";
    private static final String TEMPORARY = "temporary-1";
    @TempDir
    Path dir;
    private LocalStore store;
    private UserService users;
    private Actor admin;

    @BeforeEach
    void open() {
        store = TestStores.openInitialised(dir);
        users = new UserService(store.context(), store.users(), store.signInLockouts(), new PasswordHasher(),
                SignInPolicy.DEFAULT);
        users.addFirstAdmin("admin", ADMIN_PASSWORD.toCharArray(), TestStores.SITE);
        admin = users.signIn("admin", ADMIN_PASSWORD.toCharArray(), TestStores.SITE);
        users.add(admin, "nina", "Nina Das", Role.NURSE, NURSE_PASSWORD.toCharArray());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Actor nina() {
        return users.signIn("nina", NURSE_PASSWORD.toCharArray(), TestStores.SITE);
    }

    private List<AuditEvent> events() {
        return store.auditLog().chainOf("A");
    }

    private void wrongPasswords(String user, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> users.signIn(user, "wrong-password".toCharArray(), TestStores.SITE))
                    .isInstanceOf(SignInFailedException.class);
        }
    }

    private long outboxRows(String table) {
        return TestStores.count(store, "SELECT COUNT(*) FROM outbox WHERE entity_table = ?", table);
    }

    @Test
    void theListShowsEveryUserWithTheirStateAndTheLockOnThisDesk() {
        wrongPasswords("nina", 5);

        List<StaffMember> staff = users.list(admin);

        assertThat(staff).extracting(m -> m.user().username()).containsExactly("admin", "nina");
        assertThat(staff.get(0).lockedHereUntil()).isEmpty();
        assertThat(staff.get(1).lockedHereUntil()).isPresent();
        assertThat(staff.get(1).user().active()).isTrue();
        assertThat(staff.get(1).user().mustChangePassword()).isFalse();
    }

    @Test
    void everyStaffUseCaseRefusesARoleWithoutManageUsersAndWritesNothing() {
        Actor nurse = nina();
        int before = events().size();
        List<Consumer<Actor>> cases = List.of(
                a -> users.list(a),
                a -> users.disable(a, "admin", Optional.empty()),
                a -> users.enable(a, "admin"),
                a -> users.resetPassword(a, "admin", TEMPORARY.toCharArray()),
                a -> users.unlock(a, "admin"));
        for (Consumer<Actor> useCase : cases) {
            assertThatThrownBy(() -> useCase.accept(nurse)).isInstanceOf(PermissionDeniedException.class)
                    .hasMessageContaining("may not manage users");
        }
        assertThat(events()).hasSize(before);
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        assertThatThrownBy(() -> users.disable(admin, "admin", Optional.of("leaving")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("your own account")
                .hasMessageContaining("another administrator");
        assertThat(store.users().findByUsername("admin").orElseThrow().active()).isTrue();
    }

    @Test
    void theLastActiveAdministratorCannotBeDisabled() {
        users.add(admin, "boss", "Second admin", Role.ADMIN, "boss-pass-1".toCharArray());
        Actor boss = users.signIn("boss", "boss-pass-1".toCharArray(), TestStores.SITE);
        users.disable(admin, "boss", Optional.of("left the clinic"));

        // boss's session predates the change (as on a desk that has not synced yet)
        assertThatThrownBy(() -> users.disable(boss, "admin", Optional.empty()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("last active administrator")
                .hasMessageContaining("add or enable another administrator first");
        assertThat(store.users().findByUsername("admin").orElseThrow().active()).isTrue();
    }

    @Test
    void aDisabledUserCannotSignInAndIsToldWhyUntilEnabledAgain() {
        users.disable(admin, "nina", Optional.of("on leave"));

        assertThatThrownBy(this::nina).isInstanceOf(SignInFailedException.class)
                .hasMessage("This account is disabled; ask an administrator.");
        assertThatThrownBy(() -> users.disable(admin, "nina", Optional.empty()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already disabled");

        users.enable(admin, "nina");
        assertThat(nina().username()).isEqualTo("nina");
    }

    @Test
    void aWrongPasswordForADisabledAccountSaysNothingAboutTheAccount() {
        users.disable(admin, "nina", Optional.empty());

        assertThatThrownBy(() -> users.signIn("nina", "guess-guess".toCharArray(), TestStores.SITE))
                .hasMessage("Wrong user name or password.");
    }

    @Test
    void aResetForcesAChangeAndTheOldPasswordStopsWorking() {
        users.resetPassword(admin, "nina", TEMPORARY.toCharArray());

        assertThat(store.users().findByUsername("nina").orElseThrow().mustChangePassword()).isTrue();
        assertThatThrownBy(this::nina).isInstanceOf(SignInFailedException.class)
                .hasMessage("Wrong user name or password.");
        assertThat(users.attemptSignIn("nina", TEMPORARY.toCharArray(), TestStores.SITE))
                .isEqualTo(new SignInOutcome.PasswordChangeRequired("nina"));
        assertThatThrownBy(() -> users.signIn("nina", TEMPORARY.toCharArray(), TestStores.SITE))
                .isInstanceOf(PasswordChangeRequiredException.class).hasMessageContaining("choose a new password");

        users.changeOwnPassword("nina", TEMPORARY.toCharArray(), "chosen-by-nina".toCharArray());

        assertThat(users.signIn("nina", "chosen-by-nina".toCharArray(), TestStores.SITE).role()).isEqualTo(Role.NURSE);
        assertThat(store.users().findByUsername("nina").orElseThrow().mustChangePassword()).isFalse();
        assertThatThrownBy(() -> users.signIn("nina", TEMPORARY.toCharArray(), TestStores.SITE))
                .hasMessage("Wrong user name or password.");
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOneAndCountsWrongOnes() {
        assertThatThrownBy(() -> users.changeOwnPassword("nina", "not-it-at-all".toCharArray(), "another-one-1".toCharArray()))
                .hasMessage("Wrong user name or password.");
        assertThatThrownBy(() -> users.changeOwnPassword("nina", NURSE_PASSWORD.toCharArray(), "short".toCharArray()))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("new password:");
        assertThatThrownBy(() -> users.changeOwnPassword("nina", NURSE_PASSWORD.toCharArray(), NURSE_PASSWORD.toCharArray()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("must differ");
        assertThat(store.signInLockouts().find(store.users().findByUsername("nina").orElseThrow().id()))
                .hasValueSatisfying(l -> assertThat(l.failedAttempts()).isEqualTo(1));

        users.changeOwnPassword("nina", NURSE_PASSWORD.toCharArray(), "another-one-1".toCharArray());
        assertThat(users.signIn("nina", "another-one-1".toCharArray(), TestStores.SITE).username()).isEqualTo("nina");
    }

    @Test
    void theLockoutIsKeptOnThisDeskOnlyAndNeverEntersTheOutbox() {
        long userRowsBefore = outboxRows("app_user");
        String versionBefore = userVersion("nina");

        wrongPasswords("nina", 5);

        assertThatThrownBy(this::nina).hasMessageContaining("locked");
        assertThat(TestStores.count(store, "SELECT COUNT(*) FROM sign_in_lockout WHERE locked_until IS NOT NULL")).isOne();
        assertThat(outboxRows("app_user")).isEqualTo(userRowsBefore);
        assertThat(outboxRows("sign_in_lockout")).isZero();
        assertThat(userVersion("nina")).as("the synced user row is untouched").isEqualTo(versionBefore);
    }

    @Test
    void unlockingLiftsThisDesksLockAndIsRefusedWhenThereIsNone() {
        assertThatThrownBy(() -> users.unlock(admin, "nina")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not locked on this desk");
        wrongPasswords("nina", 5);

        users.unlock(admin, "nina");

        assertThat(nina().username()).isEqualTo("nina");
        assertThat(users.list(admin).get(1).lockedHereUntil()).isEmpty();
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThatThrownBy(() -> users.disable(admin, "nobody", Optional.empty()))
                .isInstanceOf(NotFoundException.class).hasMessage("User not found: nobody");
        assertThatThrownBy(() -> users.resetPassword(admin, "nobody", TEMPORARY.toCharArray()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyStaffActionWritesExactlyOneAuditEvent() {
        wrongPasswords("nina", 5);
        assertOneEvent("ACCOUNT_UNLOCKED", () -> users.unlock(admin, "nina"));
        assertOneEvent("USER_DISABLED", () -> users.disable(admin, "nina", Optional.of("on leave")));
        assertOneEvent("USER_ENABLED", () -> users.enable(admin, "nina"));
        assertOneEvent("PASSWORD_RESET", () -> users.resetPassword(admin, "nina", TEMPORARY.toCharArray()));
        assertOneEvent("PASSWORD_CHANGED", () -> users.changeOwnPassword("nina", TEMPORARY.toCharArray(),
                "chosen-by-nina".toCharArray()));
        assertThat(events()).filteredOn(e -> e.action().equals("USER_DISABLED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("nina: on leave"))
                .satisfies(e -> assertThat(e.username()).isEqualTo("admin"));
    }

    private void assertOneEvent(String action, Runnable work) {
        int before = events().size();
        work.run();
        List<AuditEvent> after = events();
        assertThat(after).hasSize(before + 1);
        assertThat(after.get(after.size() - 1).action()).isEqualTo(action);
    }

    private String userVersion(String name) {
        return store.unitOfWork().withSession(s -> (String) s.createNativeQuery(
                "SELECT version FROM app_user WHERE username = :n", String.class).setParameter("n", name).getSingleResult());
    }
}
