package org.clinicdesk.storage.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.clinicdesk.storage.LocalStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store held by another process ({@link DurabilityChild}, which commits patients one by one and then waits without
 * closing the store): this process cannot open it meanwhile, and every commit the child saw return survives the
 * child being killed with SIGKILL right after its last one. One child for both: its JVM start and new store were most
 * of each test's time. The refusal is checked while the child waits after its first commit; the child then commits the
 * rest and is killed at once after the last (H2 writes a commit to the file on its own within half a second: a kill any
 * later would not test that each commit is written when it returns).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreInAnotherProcessTest {
    private static final int COMMITS = 20;
    private Path dir;
    private Process child;
    private BufferedReader out;
    private final List<UUID> committed = new ArrayList<>();

    @BeforeAll
    void startTheChildAndWaitForItsFirstCommit(@TempDir Path dir) throws Exception {
        this.dir = dir;
        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dclinicdesk.keyDir=" + System.getProperty("clinicdesk.keyDir"),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", DurabilityChild.class.getName(),
                dir.toString(), Integer.toString(COMMITS))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        readCommits(1);
    }

    /** Reads the child's announcements until {@code total} commits in all (or its output ends). */
    private void readCommits(int total) throws IOException {
        String line;
        while (committed.size() < total && (line = out.readLine()) != null) {
            if (line.startsWith("COMMITTED ")) {
                committed.add(UUID.fromString(line.substring("COMMITTED ".length())));
            }
        }
    }

    @AfterAll
    void stopTheChild() throws Exception {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        out.close();
    }

    @Test
    @Order(1)
    void aStoreOpenInAnotherProcessIsRefusedWithAClearMessage() {
        assertThat(committed).as("the child opened the store and committed").isNotEmpty();
        assertThat(child.isAlive()).as("the child holds the store").isTrue();
        assertThatThrownBy(() -> LocalStore.open(dir, Clock.systemUTC()))
                .isInstanceOf(StoreInUseException.class)
                .hasMessageContaining("is already open in a ClinicDesk program")
                .hasMessageContaining(dir.toAbsolutePath().toString());
    }

    /** A commit that returned survives the process being killed with SIGKILL right afterwards. */
    @Test
    @Order(2)
    void committedPatientsSurviveSigkillOfTheProcess() throws Exception {
        child.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
        child.getOutputStream().flush();
        readCommits(COMMITS);
        // SIGKILL on Linux: no shutdown hooks, no H2 close, nothing flushed on the way out
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
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
