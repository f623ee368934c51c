package org.clinicdesk.storage.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.users.SignInLockout;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.clinicdesk.storage.db.StoreDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local migration V3 on a store made by an earlier release: lock counters move to the desk's own table. */
class StaffMigrationTest {
    @TempDir
    Path dir;

    @Test
    void anEarlierStoresLockCountersMoveToTheLocalTableAndTheUserNeedNotChangePassword() throws Exception {
        UUID locked = UUID.randomUUID();
        UUID counting = UUID.randomUUID();
        UUID clean = UUID.randomUUID();
        String url = StoreDatabase.plainJdbcUrl(dir); // a store from before stores were encrypted
        Flyway.configure().dataSource(url, "sa", "").locations(StoreDatabase.MIGRATIONS).target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute(user(locked, "ann", 0, "TIMESTAMP WITH TIME ZONE '2026-11-21 10:15:30.123456789+00:00'"));
            st.execute(user(counting, "bob", 3, "NULL"));
            st.execute(user(clean, "cy", 0, "NULL"));
        }

        try (LocalStore store = LocalStore.open(dir, Clock.systemUTC())) {
            var tx = store.context().tx();
            assertThat(tx.inTransaction(() -> store.signInLockouts().all())).containsExactlyInAnyOrder(
                    new SignInLockout(locked, 0, Optional.of(Instant.parse("2026-11-21T10:15:30.123456789Z"))),
                    new SignInLockout(counting, 3, Optional.empty()));
            assertThat(tx.inTransaction(() -> store.users().all())).hasSize(3)
                    .noneMatch(u -> u.mustChangePassword());
            assertThat(TestStores.count(store, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = "
                    + "'APP_USER' AND COLUMN_NAME IN ('FAILED_ATTEMPTS', 'LOCKED_UNTIL')")).isZero();
        }
    }

    private static String user(UUID id, String name, int attempts, String lockedUntil) {
        return "INSERT INTO app_user (id, site, version, deleted, username, display_name, role, password_hash, active, "
                + "failed_attempts, locked_until) VALUES ('" + id + "', 'A', '000000000000001-000000-A', FALSE, '"
                + name + "', '" + name + "', 'NURSE', 'x', TRUE, " + attempts + ", " + lockedUntil + ")";
    }
}
