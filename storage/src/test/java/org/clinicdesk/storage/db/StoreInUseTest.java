package org.clinicdesk.storage.db;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.clinicdesk.storage.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store is open in one place at a time (another process holding it: {@link StoreInAnotherProcessTest}). */
class StoreInUseTest {
    @TempDir
    Path dir;

    @Test
    void aStoreOpenInThisProcessIsRefusedUntilClosed() {
        LocalStore first = LocalStore.open(dir, Clock.systemUTC());
        assertThatThrownBy(() -> LocalStore.open(dir.resolve("..").resolve(dir.getFileName()), Clock.systemUTC()))
                .isInstanceOf(StoreInUseException.class);
        first.close();
        LocalStore.open(dir, Clock.systemUTC()).close();
    }
}
