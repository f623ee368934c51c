package org.clinicdesk.storage.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.users.User;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void everyFieldRoundTripsAndSignInStateUpdates() {
        User user = new User(UUID.randomUUID(), "dr.mehta", "Dr. Anil Mehta", Role.DOCTOR, "$argon2id$v=19$m=1,t=1,p=1$c2FsdA$aGFzaA",
                true, 2, Instant.parse("2026-11-21T10:15:30.123456Z"));
        try (LocalStore store = TestStores.openInitialised(dir)) {
            store.context().tx().run(() -> store.users().save(user));
            assertThat(store.users().findByUsername("dr.mehta")).contains(user);

            User unlocked = user.withSuccessfulSignIn();
            store.context().tx().run(() -> store.users().save(unlocked));
            assertThat(store.users().findByUsername("dr.mehta")).contains(unlocked);
        }
        try (LocalStore store = LocalStore.open(dir, java.time.Clock.systemUTC())) {
            assertThat(store.users().findByUsername("dr.mehta")).contains(user.withSuccessfulSignIn());
            assertThat(store.users().all()).containsExactly(user.withSuccessfulSignIn());
            assertThat(store.users().count()).isEqualTo(1);
            assertThat(store.users().findByUsername("nobody")).isEmpty();
        }
    }
}
