package org.clinicdesk.storage.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.clinicdesk.storage.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A commit that returned survives the process being killed with SIGKILL right afterwards. */
class SigkillDurabilityTest {
    private static final int COMMITS = 20;
    @TempDir
    Path dir;

    @Test
    void committedPatientsSurviveSigkillOfTheProcess() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dclinicdesk.keyDir=" + System.getProperty("clinicdesk.keyDir"), "-Xmx256m", DurabilityChild.class.getName(),
                dir.toString(), Integer.toString(COMMITS))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<UUID> committed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (committed.size() < COMMITS && (line = out.readLine()) != null) {
                if (line.startsWith("COMMITTED ")) {
                    committed.add(UUID.fromString(line.substring("COMMITTED ".length())));
                }
            }
            // SIGKILL on Linux: no shutdown hooks, no H2 close, nothing flushed on the way out
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).isEqualTo(137);
        assertThat(committed).hasSize(COMMITS);

        try (LocalStore store = LocalStore.open(dir, Clock.systemUTC())) {
            for (UUID id : committed) {
                assertThat(store.patients().findById(id)).as("patient %s", id).isPresent();
            }
            assertThat(store.outbox().size()).isEqualTo(COMMITS);
        }
    }
}
