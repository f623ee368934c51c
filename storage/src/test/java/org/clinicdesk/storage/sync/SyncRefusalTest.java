package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.clinicdesk.core.sync.SyncRefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A desktop that must not sync is refused with a clear message before anything is written on either side. */
class SyncRefusalTest {
    private static final UUID CLINIC = UUID.randomUUID();
    @TempDir
    Path dir;
    private PgTestDatabase db;
    private CentralServer siteA;

    @BeforeEach
    void start() {
        db = PgTestDatabase.create();
        siteA = db.site(CLINIC, "A");
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private Map<String, Object> everything(Desktop desktop) throws SQLException {
        Map<String, Object> all = new LinkedHashMap<>();
        try (Connection admin = db.adminConnection()) {
            all.put("central", CentralSnapshot.of(admin));
            Map<String, List<String>> columns = new LinkedHashMap<>();
            for (SyncedTable t : SyncedTable.values()) {
                columns.put(t.tableName(), CentralRows.dataColumns(admin, t.tableName()));
            }
            try (Connection local = desktop.store.dataSource().getConnection()) {
                all.put("local", TableHashes.of(local, columns));
                all.put("outbox", CentralSnapshot.rows(local, "SELECT seq, row_id, version FROM outbox ORDER BY seq"));
                all.put("sync_state", CentralSnapshot.rows(local, "SELECT * FROM sync_state"));
            }
        }
        return all;
    }

    private static void work(Desktop desktop) {
        Random random = new Random(7);
        desktop.enqueue(desktop.register(random).id());
    }

    @Test
    void anotherCentralSchemaVersionIsRefusedAndNothingIsWritten() throws SQLException {
        try (Desktop desktop = new Desktop(dir, "A", CLINIC, siteA, Clock.systemUTC())) {
            work(desktop);
            try (Connection admin = db.adminConnection(); Statement st = admin.createStatement()) {
                st.execute("UPDATE sync_meta SET schema_version = 99");
            }
            Map<String, Object> before = everything(desktop);
            assertThatThrownBy(desktop::sync).isInstanceOf(SyncRefusedException.class)
                    .hasMessageContaining("schema version 99").hasMessageContaining("nothing was synced")
                    .extracting(e -> ((SyncRefusedException) e).reason()).isEqualTo(SyncRefusedException.Reason.SCHEMA_VERSION);
            assertThat(everything(desktop)).isEqualTo(before);
            assertThat(desktop.store.outbox().size()).isEqualTo(2);
        }
    }

    @Test
    void aDesktopClockAnHourAheadIsRefusedAndNothingIsWritten() throws SQLException {
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
        try (Desktop desktop = new Desktop(dir, "A", CLINIC, siteA, ahead)) {
            work(desktop);
            Map<String, Object> before = everything(desktop);
            assertThatThrownBy(desktop::sync).isInstanceOf(SyncRefusedException.class)
                    .hasMessageContaining("60 min ahead of the central server").hasMessageContaining("nothing was synced");
            assertThat(everything(desktop)).isEqualTo(before);
        }
    }

    @Test
    void changesStampedAnHourAheadAreRefusedEvenAfterTheClockIsFixed() throws SQLException {
        try (Desktop wrongClock = new Desktop(dir, "A", CLINIC, siteA, Clock.offset(Clock.systemUTC(), Duration.ofHours(1)))) {
            work(wrongClock);
        }
        try (Desktop fixed = new Desktop(dir, "A", CLINIC, siteA, Clock.systemUTC())) {
            Map<String, Object> before = everything(fixed);
            assertThatThrownBy(fixed::sync).isInstanceOf(SyncRefusedException.class)
                    .hasMessageContaining("min ahead of the central server").hasMessageContaining("Correct the clock of site A");
            assertThat(everything(fixed)).isEqualTo(before);
        }
    }

    @Test
    void aPulledVersionFarAheadIsRefusedAndTheCursorStays() throws SQLException {
        try (Desktop desktop = new Desktop(dir, "A", CLINIC, siteA, Clock.systemUTC())) {
            long future = System.currentTimeMillis() + Duration.ofHours(1).toMillis();
            try (Connection admin = db.adminConnection(); Statement st = admin.createStatement()) {
                UUID id = UUID.randomUUID();
                st.execute("INSERT INTO history_entry (id, clinic_id, site, version, patient_id, kind, summary, details, "
                        + "source, recorded_by, recorded_at) VALUES ('" + id + "', '" + CLINIC + "', 'B', '"
                        + String.format("%015d-000000-B", future) + "', '" + UUID.randomUUID() + "', 'DIAGNOSIS', "
                        + "'Asthma', '', 'test', 'doc', 1700000000000000000)");
                st.execute("UPDATE feed_clock SET last_position = 1");
                st.execute("INSERT INTO change_feed VALUES ('" + CLINIC + "', 'history_entry', '" + id + "', 1)");
            }
            Map<String, Object> before = everything(desktop);
            assertThatThrownBy(desktop::sync).isInstanceOf(SyncRefusedException.class)
                    .hasMessageContaining("Clock of site B is ahead");
            assertThat(everything(desktop)).isEqualTo(before);
        }
    }
}
