package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.sync.SyncRow;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.PasswordHasher;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.users.SignInFailedException;
import org.clinicdesk.core.users.SignInOutcome;
import org.clinicdesk.core.users.SignInPolicy;
import org.clinicdesk.core.users.UserService;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff changes travel to every desk through the central server; wrong-password locks stay where they happened. */
class StaffSyncTest {
    private static final UUID CLINIC = UUID.randomUUID();
    private static final char[] ADMIN_PASSWORD = "admin-pass-1".toCharArray();
    private static final String NINA_PASSWORD = "nurse-pass-1";
    @TempDir
    Path dir;
    private PgTestDatabase db;
    private Desktop deskA;
    private Desktop deskB;
    private UserService usersA;
    private UserService usersB;

    @BeforeEach
    void start() {
        db = PgTestDatabase.create();
        deskA = new Desktop(dir.resolve("A"), "A", CLINIC, db.site(CLINIC, "A"), Clock.systemUTC());
        deskB = new Desktop(dir.resolve("B"), "B", CLINIC, db.site(CLINIC, "B"), Clock.systemUTC());
        usersA = users(deskA);
        usersB = users(deskB);
        usersA.addFirstAdmin("admin", ADMIN_PASSWORD, deskA.site);
        usersA.add(adminAt(usersA, deskA), "nina", "Nina Das", Role.NURSE, NINA_PASSWORD.toCharArray());
        syncBoth();
    }

    @AfterEach
    void stop() {
        deskA.close();
        deskB.close();
        db.close();
    }

    private static UserService users(Desktop desk) {
        return new UserService(desk.store.context(), desk.store.users(), desk.store.signInLockouts(), new PasswordHasher(),
                SignInPolicy.DEFAULT);
    }

    private static Actor adminAt(UserService users, Desktop desk) {
        return users.signIn("admin", ADMIN_PASSWORD, desk.site);
    }

    private void syncBoth() {
        deskA.sync();
        deskB.sync();
        deskA.sync();
    }

    /** The administrator's row as the central server holds it. */
    private SyncRow centralAdmin() throws SQLException {
        try (Connection c = db.adminConnection()) {
            UUID id = deskA.ids("app_user", "username = 'admin'").get(0);
            return CentralRows.byIds(c, "app_user", CentralRows.dataColumns(c, "app_user"), java.util.List.of(id),
                    CentralRows.Lock.NONE).get(id);
        }
    }

    /** A user row pushed as site B's login would push it, through the server's own function. */
    private void pushWithSiteBsLogin(SyncRow user) throws SQLException {
        try (Connection b = deskB.central.connect()) {
            pushThrough(b, user);
        }
    }

    private void pushThrough(Connection b, SyncRow user) throws SQLException {
        try (Connection c = db.adminConnection()) {
            b.setAutoCommit(false);
            new ServerPush().push(b, java.util.Map.of("app_user", CentralRows.dataColumns(c, "app_user")),
                    java.util.List.of(user));
            b.commit();
        }
    }

    private static Actor nina(UserService users, Desktop desk, String password) {
        return users.signIn("nina", password.toCharArray(), desk.site);
    }

    @Test
    void aUserDisabledOnOneDeskCannotSignInOnTheOtherAfterSync() {
        assertThat(nina(usersB, deskB, NINA_PASSWORD).username()).isEqualTo("nina");

        usersA.disable(adminAt(usersA, deskA), "nina", Optional.of("left the clinic"));
        syncBoth();

        assertThatThrownBy(() -> nina(usersB, deskB, NINA_PASSWORD)).isInstanceOf(SignInFailedException.class)
                .hasMessage("This account is disabled; ask an administrator.");
    }

    @Test
    void aPasswordResetOnOneDeskOpensTheChangeOnTheOtherAndTheChosenOneWorksEverywhere() {
        usersB.resetPassword(adminAt(usersB, deskB), "nina", "temporary-1".toCharArray());
        syncBoth();

        assertThatThrownBy(() -> nina(usersA, deskA, NINA_PASSWORD)).hasMessage("Wrong user name or password.");
        assertThat(usersA.attemptSignIn("nina", "temporary-1".toCharArray(), deskA.site))
                .isEqualTo(new SignInOutcome.PasswordChangeRequired("nina"));

        usersA.changeOwnPassword("nina", "temporary-1".toCharArray(), "chosen-at-a-1".toCharArray());
        syncBoth();

        assertThat(nina(usersB, deskB, "chosen-at-a-1").site()).isEqualTo(deskB.site);
        assertThat(nina(usersA, deskA, "chosen-at-a-1").site()).isEqualTo(deskA.site);
    }

    @Test
    void wrongPasswordsLockTheAccountOnlyOnTheDeskWhereTheyWereTyped() throws SQLException {
        for (int i = 0; i < SignInPolicy.DEFAULT.maxFailedAttempts(); i++) {
            assertThatThrownBy(() -> nina(usersA, deskA, "wrong-password")).isInstanceOf(SignInFailedException.class);
        }
        assertThatThrownBy(() -> nina(usersA, deskA, NINA_PASSWORD)).hasMessageContaining("locked");
        syncBoth();

        assertThat(nina(usersB, deskB, NINA_PASSWORD).username()).as("desk B keeps its own count").isEqualTo("nina");
        assertThatThrownBy(() -> nina(usersA, deskA, NINA_PASSWORD)).as("desk A is still locked")
                .hasMessageContaining("locked");
        assertThat(TestStores.count(deskB.store, "SELECT COUNT(*) FROM sign_in_lockout")).isZero();
        try (Connection admin = db.adminConnection()) {
            assertThat(CentralRows.dataColumns(admin, "app_user")).contains("must_change_password")
                    .doesNotContain("failed_attempts", "locked_until");
        }
    }

    @Test
    void aUserChangeMadeWithADesksCentralLoginButNotItsKeyIsRefusedOnEveryDeskAndListed() throws SQLException {
        SyncRow admin = centralAdmin();
        // Someone holding site B's login (not B's desk): a known password for the administrator, signature replayed.
        java.util.Map<String, Object> values = new java.util.HashMap<>(admin.values());
        values.put("password_hash", new PasswordHasher().hash("mallory-pass-1".toCharArray()));
        SyncRow forged = admin.withState(new org.clinicdesk.core.common.HlcTimestamp(System.currentTimeMillis(), 0, "B"),
                false, values, java.util.Map.of());
        pushWithSiteBsLogin(forged);

        var atA = deskA.sync();
        var atB = deskB.sync();

        for (var report : java.util.List.of(atA, atB)) {
            assertThat(report.conflictDetails()).anySatisfy(d -> assertThat(d).contains("app_user " + admin.id())
                    .contains("no valid signature"));
        }
        for (Desktop desk : java.util.List.of(deskA, deskB)) {
            UserService users = users(desk);
            assertThat(adminAt(users, desk).role()).isEqualTo(Role.ADMIN);
            assertThatThrownBy(() -> users.signIn("admin", "mallory-pass-1".toCharArray(), desk.site))
                    .isInstanceOf(SignInFailedException.class);
        }
        try (Connection c = db.adminConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM sync_conflict WHERE row_id = '" + admin.id()
                     + "' AND detail LIKE '%no valid signature%'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("listed for the clinic's review").isEqualTo(1);
        }

        // The real administrator's change, made at desk B with B's key, still reaches A.
        usersB.resetPassword(adminAt(usersB, deskB), "nina", "nurse-temp-2".toCharArray());
        syncBoth();
        assertThat(usersA.attemptSignIn("nina", "nurse-temp-2".toCharArray(), deskA.site))
                .isInstanceOf(SignInOutcome.PasswordChangeRequired.class);
    }

    /**
     * Desk B is lost with its disk (its desk key and the site's login with it); the server's administrator releases
     * site B. A change signed with B's old key after that is refused on every desk, while what B signed before the
     * release stays trusted, also on a desk that joins afterwards and pulls everything from the start.
     */
    @Test
    void aReleasedDesksKeyVouchesOnlyForWhatTheFeedHeldWhenTheSiteWasReleased() throws SQLException {
        usersB.add(adminAt(usersB, deskB), "bela", "Bela Rao", Role.NURSE, "nurse-pass-2".toCharArray());
        syncBoth();
        org.clinicdesk.storage.keys.DeskKeys lostKey = org.clinicdesk.storage.keys.DeskKeys.load(
                deskB.store.dataSource()).orElseThrow();
        Connection heldByTheThief = deskB.central.connect();
        try (Connection c = db.adminConnection(); var ps = c.prepareStatement("SELECT cd_release_site(?, 'B')")) {
            ps.setObject(1, CLINIC);
            ps.executeQuery().close();
        }
        // Released, B's login is locked and its sessions ended: the thief can neither claim the site for a store and
        // key of their own nor push anything, until the administrator gives the site a new password.
        assertThatThrownBy(() -> heldByTheThief.createStatement().execute("SELECT 1")).isInstanceOf(SQLException.class);
        heldByTheThief.close();
        assertThatThrownBy(() -> deskB.central.connect().close()).hasMessageContaining("not permitted to log in");

        // Whoever holds B's disk signs a known password for the administrator with B's own key, and pushes it.
        SyncRow admin = centralAdmin();
        java.util.Map<String, Object> values = new java.util.HashMap<>(admin.values());
        values.put("password_hash", new PasswordHasher().hash("mallory-pass-1".toCharArray()));
        SyncRow unsigned = admin.withState(new org.clinicdesk.core.common.HlcTimestamp(System.currentTimeMillis(), 0,
                "B"), false, values, java.util.Map.of());
        java.util.Map<String, Object> columns = new java.util.HashMap<>(unsigned.values());
        columns.put("id", unsigned.id());
        columns.put("site", unsigned.site());
        columns.put("version", unsigned.version().encode());
        columns.put("deleted", unsigned.deleted());
        values.put(org.clinicdesk.storage.keys.SignedRows.COLUMN, lostKey.sign(
                org.clinicdesk.storage.keys.SignedRows.message("app_user", columns).orElseThrow()));
        SyncRow signedWithTheLostKey = admin.withState(unsigned.version(), false, values, java.util.Map.of());
        // a session of B's that outlived the release (the releasing role may lack the right to end other sessions)
        String roleB = org.clinicdesk.storage.sync.CentralSchema.roleName(CLINIC, org.clinicdesk.core.common.SiteCode.of("B"));
        try (Connection survivor = db.adminConnection()) {
            survivor.createStatement().execute("SET SESSION AUTHORIZATION " + roleB);
            pushThrough(survivor, signedWithTheLostKey);
        }

        assertThat(deskA.sync().conflictDetails()).anySatisfy(d -> assertThat(d).contains("app_user " + admin.id())
                .contains("released on the server"));
        assertThatThrownBy(() -> usersA.signIn("admin", "mallory-pass-1".toCharArray(), deskA.site))
                .isInstanceOf(SignInFailedException.class);
        assertThat(adminAt(usersA, deskA).role()).isEqualTo(Role.ADMIN);

        try (Desktop deskC = new Desktop(dir.resolve("C"), "C", CLINIC, db.site(CLINIC, "C"), Clock.systemUTC())) {
            // the server holds only the forged administrator now: desk C refuses it and lists it, as A did
            assertThat(deskC.sync().conflictDetails()).anySatisfy(d -> assertThat(d)
                    .contains("app_user " + admin.id()).contains("released on the server"));
            UserService usersC = users(deskC);
            assertThat(usersC.signIn("bela", "nurse-pass-2".toCharArray(), deskC.site).username())
                    .as("what B signed before the release").isEqualTo("bela");
            assertThatThrownBy(() -> usersC.signIn("admin", "mallory-pass-1".toCharArray(), deskC.site))
                    .isInstanceOf(SignInFailedException.class);
        }
    }
}
