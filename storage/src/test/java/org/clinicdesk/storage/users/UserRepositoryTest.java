package org.clinicdesk.storage.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.users.SignInLockout;
import org.clinicdesk.core.users.User;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void everyFieldRoundTripsAndAccountStateUpdates() {
        User user = new User(UUID.randomUUID(), "dr.mehta", "Dr. Anil Mehta", Role.DOCTOR, "$argon2id$v=19$m=1,t=1,p=1$c2FsdA$aGFzaA",
                true, false);
        User reset = user.withTemporaryPassword("$argon2id$v=19$m=1,t=1,p=1$c2FsdA$bmV3").disabled();
        try (LocalStore store = TestStores.openInitialised(dir)) {
            store.context().tx().run(() -> store.users().save(user));
            assertThat(store.users().findByUsername("dr.mehta")).contains(user);

            store.context().tx().run(() -> store.users().save(reset));
            assertThat(store.users().findByUsername("dr.mehta")).contains(reset);
        }
        try (LocalStore store = LocalStore.open(dir, java.time.Clock.systemUTC())) {
            assertThat(store.users().findByUsername("dr.mehta")).contains(reset);
            assertThat(store.users().all()).containsExactly(reset);
            assertThat(store.users().count()).isEqualTo(1);
            assertThat(store.users().findByUsername("nobody")).isEmpty();
        }
    }

    @Test
    void aLockoutRoundTripsInItsLocalTableAndClears() {
        User user = new User(UUID.randomUUID(), "nina", "Nina", Role.NURSE, "x", true, false);
        SignInLockout locked = new SignInLockout(user.id(), 0, Optional.of(Instant.parse("2026-11-21T10:15:30.123456789Z")));
        try (LocalStore store = TestStores.openInitialised(dir)) {
            store.context().tx().run(() -> store.users().save(user));
            store.context().tx().run(() -> store.signInLockouts().save(new SignInLockout(user.id(), 3, Optional.empty())));
            store.context().tx().run(() -> store.signInLockouts().save(locked));
            assertThat(store.context().tx().inTransaction(() -> store.signInLockouts().find(user.id()))).contains(locked);
            assertThat(store.context().tx().inTransaction(() -> store.signInLockouts().all())).containsExactly(locked);

            store.context().tx().run(() -> store.signInLockouts().clear(user.id()));
            assertThat(store.context().tx().inTransaction(() -> store.signInLockouts().find(user.id()))).isEmpty();
        }
    }
}
