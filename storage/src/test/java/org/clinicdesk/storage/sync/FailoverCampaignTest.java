package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short failover campaign (one SIGKILL of the primary mid-push, promotion of its asynchronous standby): no
 * change a desk made is lost, though the promoted standby lacked some the old primary had acknowledged.
 */
class FailoverCampaignTest {
    @TempDir
    Path dir;

    @Test
    void desksLoseNothingWhenThePrimaryDiesAndItsStandbyIsPromoted() throws Exception {
        Path logFile = Path.of("target/campaign/failover-test.log");
        Files.createDirectories(logFile.getParent());
        FailoverCampaign.Result result;
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile), true)) {
            result = new FailoverCampaign(dir, log, 16L).run(1);
            log.println(result.summary());
        }
        System.out.println(result.summary());
        assertThat(result.ackedButMissingAfterPromote())
                .as("the promoted standby lacked changes the primary had acknowledged (else this tested nothing)")
                .isPositive();
        assertThat(result.lostOnServer()).as("rows made by a desk missing on the promoted server; see " + logFile).isZero();
        assertThat(result.divergentDesks()).as("desks differing from the promoted server; see " + logFile).isEmpty();
        assertThat(result.pendingAfter()).as("changes still waiting in outboxes after convergence").isZero();
    }
}
