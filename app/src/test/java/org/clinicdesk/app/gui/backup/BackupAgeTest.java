package org.clinicdesk.app.gui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The status bar's backup slot says how old the newest verified backup is, and flags one older than a day. */
class BackupAgeTest {
    private static final Instant NOW = Instant.parse("2026-11-30T14:00:00Z");

    private static String at(Duration ago) {
        return BackupAge.statusText(Optional.of(NOW.minus(ago)), NOW);
    }

    @Test
    void noVerifiedBackupIsSaidPlainly() {
        assertThat(BackupAge.statusText(Optional.empty(), NOW)).isEqualTo("Backup: none verified yet");
    }

    @Test
    void theAgeIsInMinutesHoursOrDaysAndFlaggedPastADay() {
        assertThat(at(Duration.ofMinutes(7))).isEqualTo("Backup: 7 min ago");
        assertThat(at(Duration.ofHours(3).plusMinutes(59))).isEqualTo("Backup: 3 h ago");
        assertThat(at(Duration.ofHours(24))).isEqualTo("Backup: 1 day ago");
        assertThat(at(Duration.ofHours(25))).isEqualTo("Backup: 1 day ago, older than a day");
        assertThat(at(Duration.ofSeconds(-30))).as("a clock a little behind").isEqualTo("Backup: 0 min ago");
    }
}
