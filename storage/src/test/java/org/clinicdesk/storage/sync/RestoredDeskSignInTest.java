package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditEvent;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.users.CatchUpRequiredException;
import org.clinicdesk.core.users.PasswordHasher;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.users.SignInFailedException;
import org.clinicdesk.core.users.SignInPolicy;
import org.clinicdesk.core.users.UserService;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.backup.BackupManifest;
import org.clinicdesk.storage.backup.StoreBackups;
import org.clinicdesk.storage.backup.StoreRestore;
import org.clinicdesk.storage.keys.KeyFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup carries old password hashes and accounts: a desk restored from one, on a clinic with a central server,
 * refuses sign-in (writing nothing) until a sync has caught it up, after which a password changed and an account
 * disabled since the backup hold again. An administrator may sign in before that, with a reason, audited. A
 * standalone desk signs in as before.
 */
class RestoredDeskSignInTest {
    private static final UUID CLINIC = UUID.randomUUID();
    private static final char[] ADMIN = "admin-pass-1".toCharArray();
    private static final String OLD = "nurse-pass-1";
    private static final String NEW = "nurse-pass-2";
    private final Clock clock = Clock.systemUTC();
    private final KeyFolder keys = KeyFolder.defaultHere();
    @TempDir
    Path dir;

    private static UserService users(LocalStore store) {
        return new UserService(store.context(), store.users(), store.signInLockouts(), new PasswordHasher(),
                SignInPolicy.DEFAULT, RestoredStore.catchUpOf(store));
    }

    private Path backupAfterStaffChanges(Desktop desk) {
        UserService users = users(desk.store);
        users.addFirstAdmin("admin", ADMIN, desk.site);
        var admin = users.signIn("admin", ADMIN, desk.site);
        users.add(admin, "nina", "Nina Das", Role.NURSE, OLD.toCharArray());
        users.add(admin, "omar", "Omar Ali", Role.DOCTOR, OLD.toCharArray());
        desk.sync();
        Path backup = new StoreBackups(desk.store, keys, clock).take(BackupManifest.Kind.SCHEDULED, Optional.empty())
                .file();
        users.changeOwnPassword("nina", OLD.toCharArray(), NEW.toCharArray());
        users.disable(users.signIn("admin", ADMIN, desk.site), "omar", Optional.of("left the clinic"));
        desk.sync();
        return backup;
    }

    @Test
    void aRestoredDeskRefusesSignInUntilItHasCaughtUpThenOldPasswordsAndAccountsNoLongerWork() {
        try (PgTestDatabase db = PgTestDatabase.create()) {
            CentralServer siteA = db.site(CLINIC, "A");
            Path backup;
            try (Desktop desk = new Desktop(dir.resolve("a"), "A", CLINIC, siteA, clock)) {
                backup = backupAfterStaffChanges(desk);
            }
            StoreRestore.toNewFolder(backup, dir.resolve("restored"), keys, clock);
            try (Desktop restored = new Desktop(dir.resolve("restored"), "A", CLINIC, siteA, clock)) {
                UserService users = users(restored.store);
                int events = restored.store.auditLog().chainOf("A").size();
                assertThat(users.waitingForCatchUp()).isTrue();
                assertThatThrownBy(() -> users.signIn("nina", OLD.toCharArray(), restored.site))
                        .isInstanceOf(CatchUpRequiredException.class);
                assertThatThrownBy(() -> users.signIn("omar", OLD.toCharArray(), restored.site))
                        .isInstanceOf(CatchUpRequiredException.class);
                assertThat(restored.store.auditLog().chainOf("A")).as("a refusal before catch-up writes nothing")
                        .hasSize(events);

                restored.sync();

                assertThat(users.waitingForCatchUp()).isFalse();
                assertThatThrownBy(() -> users.signIn("nina", OLD.toCharArray(), restored.site))
                        .isInstanceOf(SignInFailedException.class).hasMessage("Wrong user name or password.");
                assertThatThrownBy(() -> users.signIn("omar", OLD.toCharArray(), restored.site))
                        .hasMessage("This account is disabled; ask an administrator.");
                assertThat(users.signIn("nina", NEW.toCharArray(), restored.site).username()).isEqualTo("nina");
            }
        }
    }

    @Test
    void anAdministratorMaySignInBeforeTheCatchUpWithAReasonAndItIsAuditedForReview() {
        try (PgTestDatabase db = PgTestDatabase.create()) {
            CentralServer siteA = db.site(CLINIC, "A");
            Path backup;
            try (Desktop desk = new Desktop(dir.resolve("a"), "A", CLINIC, siteA, clock)) {
                backup = backupAfterStaffChanges(desk);
            }
            StoreRestore.toNewFolder(backup, dir.resolve("restored"), keys, clock);
            try (LocalStore restored = LocalStore.open(dir.resolve("restored"), clock)) {
                UserService users = users(restored);
                SiteCode site = SiteCode.of("A");
                assertThatThrownBy(() -> users.signInBeforeCatchUp("admin", ADMIN, site, " "))
                        .isInstanceOf(ValidationException.class);
                assertThatThrownBy(() -> users.signInBeforeCatchUp("nina", OLD.toCharArray(), site, "server down"))
                        .isInstanceOf(SignInFailedException.class).hasMessageContaining("Only an administrator");

                assertThat(users.signInBeforeCatchUp("admin", ADMIN, site, "central server down since Monday")
                        .role()).isEqualTo(Role.ADMIN);

                AuditEvent last = restored.auditLog().chainOf("A").get(restored.auditLog().chainOf("A").size() - 1);
                assertThat(last.action()).isEqualTo(AuditAction.EMERGENCY_ACCESS.name());
                assertThat(last.detail()).contains("central server down since Monday");
                assertThat(last.username()).isEqualTo("admin");
            }
        }
    }

    @Test
    void aStandaloneDeskRestoredFromABackupSignsInAsBefore() {
        Path backup;
        try (LocalStore store = LocalStore.open(dir.resolve("alone"), clock)) {
            store.initialise(new SiteSettings(SiteCode.of("A"), "Green Valley", CLINIC));
            users(store).addFirstAdmin("admin", ADMIN, SiteCode.of("A"));
            backup = new StoreBackups(store, keys, clock).take(BackupManifest.Kind.SCHEDULED, Optional.empty()).file();
        }
        StoreRestore.toNewFolder(backup, dir.resolve("restored"), keys, clock);
        try (LocalStore restored = LocalStore.open(dir.resolve("restored"), clock)) {
            UserService users = users(restored);
            assertThat(users.waitingForCatchUp()).isFalse();
            assertThat(users.signIn("admin", ADMIN, SiteCode.of("A")).role()).isEqualTo(Role.ADMIN);
        }
    }
}
