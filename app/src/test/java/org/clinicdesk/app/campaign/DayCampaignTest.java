package org.clinicdesk.app.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short day campaign: a few dozen patients through reception, nurse and doctor desks (three JVMs with the
 * launcher's options, syncing) on a 2,000-patient register; every visit ends signed and completed on the server and
 * no desk's resident memory goes over the limit or keeps growing.
 */
class DayCampaignTest {
    private static final double LIMIT_MIB = 350;
    private static final double GROWTH = 0.10;
    @TempDir
    Path dir;

    @Test
    void threeDesksCarryADayWithinTheMemoryLimit() throws Exception {
        Path logDir = Path.of("target/campaign").toAbsolutePath();
        Files.createDirectories(logDir);
        Path logFile = logDir.resolve("day-test.log");
        DayCampaign.Result result;
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile), true)) {
            result = new DayCampaign(dir, log, logDir).run(36, 2_000, LIMIT_MIB, 100, Duration.ofMinutes(10));
            log.println(result.summary(GROWTH));
        }
        System.out.println(result.summary(GROWTH));
        assertThat(result.completed()).as("visits completed on the server").isEqualTo(36);
        assertThat(result.signedNotes()).as("notes signed on the server").isEqualTo(36);
        assertThat(result.vitals()).as("vitals on the server").isEqualTo(36);
        for (DayCampaign.Memory desk : result.desks()) {
            assertThat(desk.max()).as(desk.role() + " peak RSS (MiB), see " + logFile).isLessThanOrEqualTo(LIMIT_MIB);
            assertThat(desk.lastHour()).as(desk.role() + " RSS in the last hour vs the first (MiB)")
                    .isLessThanOrEqualTo(desk.firstHour() * (1 + GROWTH));
        }
    }
}
