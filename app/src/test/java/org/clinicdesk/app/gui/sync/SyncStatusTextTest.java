package org.clinicdesk.app.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.clinicdesk.core.sync.SyncStatus;
import org.junit.jupiter.api.Test;

class SyncStatusTextTest {
    private static final Instant LAST = Instant.parse("2026-11-21T09:15:30Z");

    @Test
    void onlineShowsNothingWaitingAndTheLastSyncTime() {
        SyncStatus online = new SyncStatus(SyncStatus.Connectivity.ONLINE, 0, Optional.of(LAST), 0, Optional.empty());
        assertThat(SyncStatusText.of(online, 0, ZoneOffset.UTC, LocalDate.of(2026, 11, 21)))
                .isEqualTo("Sync: Online \u00b7 no changes waiting \u00b7 last sync 09:15:30");
    }

    @Test
    void offlineCountsTheChangesWaitingAsLastCountedNotAsTheLastRunSaw() {
        SyncStatus offline = new SyncStatus(SyncStatus.Connectivity.OFFLINE, 1, Optional.of(LAST), 0,
                Optional.of("Sync with the central server stopped"));
        assertThat(SyncStatusText.of(offline, 12, ZoneOffset.ofHours(5), LocalDate.of(2026, 11, 23)))
                .isEqualTo("Sync: Offline \u00b7 12 changes waiting \u00b7 last sync 21 Nov 14:15");
    }

    @Test
    void neverSyncedAndConflictsAreSaid() {
        SyncStatus refused = new SyncStatus(SyncStatus.Connectivity.REFUSED, 1, Optional.empty(), 2, Optional.of("clock"));
        assertThat(SyncStatusText.of(refused, 1, ZoneOffset.UTC))
                .isEqualTo("Sync: Refused by the server \u00b7 1 change waiting \u00b7 never synced \u00b7 2 conflicts to review");
    }
}
