package org.clinicdesk.storage.db;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.clinicdesk.storage.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreInUseTest {
    @TempDir
    Path dir;

    @Test
    void aStoreOpenInAnotherProcessIsRefusedWithAClearMessage() throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dclinicdesk.keyDir=" + System.getProperty("clinicdesk.keyDir"), "-Xmx256m", DurabilityChild.class.getName(),
                dir.toString(), "1")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            while (line != null && !line.startsWith("COMMITTED")) {
                line = out.readLine();
            }
            assertThatThrownBy(() -> LocalStore.open(dir, Clock.systemUTC()))
                    .isInstanceOf(StoreInUseException.class)
                    .hasMessageContaining("is already open in a ClinicDesk program")
                    .hasMessageContaining(dir.toAbsolutePath().toString());
        } finally {
            other.destroyForcibly();
            other.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aStoreOpenInThisProcessIsRefusedUntilClosed() {
        LocalStore first = LocalStore.open(dir, Clock.systemUTC());
        assertThatThrownBy(() -> LocalStore.open(dir.resolve("..").resolve(dir.getFileName()), Clock.systemUTC()))
                .isInstanceOf(StoreInUseException.class);
        first.close();
        LocalStore.open(dir, Clock.systemUTC()).close();
    }
}
