package org.clinicdesk.storage.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.core.common.HlcTimestamp;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryKind;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.clinicdesk.storage.outbox.OutboxRow;
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

    /**
     * The bulk path writes what {@link HibernateHistoryRepository#add} writes: the same row (the time stored alike), the
     * site and a fresh version stamped on each, and an INSERT outbox row carrying that version, in the order given.
     */
    @Test
    void addingManyAtOnceWritesTheRowsAndOutboxRowsThatAddingOneByOneWrites() throws Exception {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            Patient p = TestStores.savedPatient(store, 1, "Asha Rao", null);
            HistoryEntry one = new HistoryEntry(store.context().ids().newId(), p.id(), HistoryKind.DIAGNOSIS,
                    LocalDate.of(2019, 3, 2), "Type 2 diabetes", "{\"resourceType\":\"Condition\"}", "FHIR import a.json",
                    "admin", NOW);
            HistoryEntry bulk1 = new HistoryEntry(store.context().ids().newId(), p.id(), HistoryKind.DIAGNOSIS,
                    LocalDate.of(2019, 3, 2), "Type 2 diabetes", "{\"resourceType\":\"Condition\"}", "FHIR import a.json",
                    "admin", NOW);
            HistoryEntry bulk2 = new HistoryEntry(store.context().ids().newId(), p.id(), HistoryKind.LAB_RESULT,
                    null, "HbA1c 7.2 %", "", "FHIR import a.json", "admin", NOW.plusNanos(123_456_789));
            long before = store.outbox().size();
            store.context().tx().run(() -> store.history().add(one));
            store.context().tx().run(() -> store.history().addAll(List.of(bulk1, bulk2)));

            assertThat(store.history().forPatient(p.id())).containsExactlyInAnyOrder(one, bulk1, bulk2);
            List<String> stored = new ArrayList<>();
            try (Connection c = store.dataSource().getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT site, deleted, CAST(recorded_at AS VARCHAR), "
                         + "CAST(entry_date AS VARCHAR), version FROM history_entry WHERE id = ?")) {
                for (HistoryEntry e : List.of(one, bulk1)) {
                    ps.setObject(1, e.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        stored.add(rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getString(3) + " " + rs.getString(4));
                    }
                }
            }
            assertThat(stored.get(1)).isEqualTo(stored.get(0));

            List<OutboxRow> rows = store.outbox().after(0, 1000).stream().filter(r -> r.table().equals("history_entry"))
                    .toList();
            assertThat(store.outbox().size()).isEqualTo(before + 3);
            assertThat(rows).extracting(OutboxRow::rowId).containsExactly(one.id(), bulk1.id(), bulk2.id());
            assertThat(rows).extracting(OutboxRow::operation).containsOnly("INSERT");
            assertThat(rows).extracting(OutboxRow::version).doesNotHaveDuplicates().isSorted();
            assertThat(rows.get(2).version()).isEqualTo(store.unitOfWork().withSession(s -> (String) s.createNativeQuery(
                    "SELECT version FROM history_entry WHERE id = :id", String.class).setParameter("id", bulk2.id())
                    .getSingleResult()));
            assertThat(HlcTimestamp.decode(rows.get(2).version()).site()).isEqualTo("A");
        }
    }
}
