package org.clinicdesk.storage.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryKind;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryRepositoryTest {
    static final Instant NOW = Instant.parse("2026-11-21T06:00:00Z");
    @TempDir
    Path dir;

    @Test
    void entriesRoundTripNewestFirstWithUndatedLast() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            Patient p = TestStores.savedPatient(store, 1, "Asha Rao", null);
            HistoryEntry old = new HistoryEntry(store.context().ids().newId(), p.id(), HistoryKind.DIAGNOSIS,
                    LocalDate.of(2019, 3, 2), "Type 2 diabetes", "HbA1c 8.1 %", "scan:report.pdf", "nurse", NOW);
            HistoryEntry recent = new HistoryEntry(store.context().ids().newId(), p.id(), HistoryKind.LAB_RESULT,
                    LocalDate.of(2026, 10, 1), "HbA1c 7.2 %", "", "typed", "nurse", NOW.plusSeconds(1));
            HistoryEntry undated = new HistoryEntry(store.context().ids().newId(), p.id(), HistoryKind.PRESCRIPTION,
                    null, "Metformin 500 mg BD", "", "legacy-json", "admin", NOW.plusSeconds(2));
            store.context().tx().run(() -> {
                store.history().save(undated);
                store.history().save(old);
                store.history().save(recent);
            });
            assertThat(store.history().forPatient(p.id())).containsExactly(recent, old, undated);
        }
    }
}
