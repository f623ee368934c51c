package org.clinicdesk.storage.sync;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.clinicdesk.core.common.HybridClock;
import org.clinicdesk.core.common.UuidV7Generator;
import org.clinicdesk.core.patient.Patient;
import org.postgresql.PGConnection;

/**
 * Push and pull throughput for 100,000 changes, against PostgreSQL COPY of the same rows in the same run.
 * Run: see README (Sync benchmark). Not a test: it prints figures.
 */
public final class SyncBenchmark {
    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        UUID clinic = UUID.randomUUID();
        Path dir = Files.createTempDirectory("clinicdesk-bench");
        try (PgTestDatabase db = PgTestDatabase.create();
             Desktop a = new Desktop(dir.resolve("A"), "A", clinic, db.site(clinic, "A"), Clock.systemUTC());
             Desktop b = new Desktop(dir.resolve("B"), "B", clinic, db.site(clinic, "B"), Clock.systemUTC())) {
            Patient patient = a.register(new Random(1));
            fill(a, patient.id(), rows);
            a.store.outbox().acknowledge(0);

            AtomicLong pushEnd = new AtomicLong();
            long start = System.nanoTime();
            new SyncEngine(a.store, a.central, SyncEngine.DEFAULT_BATCH, Clock.systemUTC()).syncOnce((phase, n, pid) -> {
                if (phase == SyncProgress.Phase.PULL) {
                    pushEnd.compareAndSet(0, System.nanoTime());
                }
            });
            double pushSeconds = (pushEnd.get() - start) / 1e9;

            long pullStart = System.nanoTime();
            int pulled = new SyncEngine(b.store, b.central, SyncEngine.DEFAULT_BATCH, Clock.systemUTC()).syncOnce().pulled();
            double pullSeconds = (System.nanoTime() - pullStart) / 1e9;

            double copySeconds = copy(db, rows + 2);
            double copyRate = (rows + 2) / copySeconds;
            System.out.printf("changes: %d (history entries), batch %d, 2 cores%n", rows, SyncEngine.DEFAULT_BATCH);
            System.out.printf("push: %.1f s, %.0f rows/s, %.3f of COPY%n", pushSeconds, (rows + 2) / pushSeconds,
                    (rows + 2) / pushSeconds / copyRate);
            System.out.printf("pull: %d rows, %.1f s, %.0f rows/s, %.3f of COPY%n", pulled, pullSeconds,
                    pulled / pullSeconds, pulled / pullSeconds / copyRate);
            System.out.printf("COPY of the same rows: %.2f s, %.0f rows/s%n", copySeconds, copyRate);
        }
    }

    /** 100,000 history entries and their outbox rows, written straight into the desktop's H2 database. */
    private static void fill(Desktop desktop, UUID patientId, int rows) throws Exception {
        HybridClock clock = desktop.store.hybridClock().orElseThrow();
        UuidV7Generator ids = new UuidV7Generator(Clock.systemUTC());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = desktop.store.dataSource().getConnection();
             PreparedStatement entry = c.prepareStatement("INSERT INTO history_entry (id, site, version, deleted, patient_id, "
                     + "kind, entry_date, summary, details, source, recorded_by, recorded_at) VALUES (?, 'A', ?, FALSE, ?, "
                     + "'DIAGNOSIS', DATE '2024-01-01', ?, 'details of the entry', 'benchmark', 'nurse', ?)");
             PreparedStatement outbox = c.prepareStatement("INSERT INTO outbox (entity_table, row_id, operation, version, "
                     + "changed_fields, created_at) VALUES ('history_entry', ?, 'INSERT', ?, '', ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                UUID id = ids.newId();
                String version = clock.now().encode();
                entry.setObject(1, id);
                entry.setString(2, version);
                entry.setObject(3, patientId);
                entry.setString(4, "Diagnosis " + i);
                entry.setObject(5, now);
                entry.addBatch();
                outbox.setObject(1, id);
                outbox.setString(2, version);
                outbox.setObject(3, now);
                outbox.addBatch();
                if (i % 1000 == 999) {
                    entry.executeBatch();
                    outbox.executeBatch();
                }
            }
            entry.executeBatch();
            outbox.executeBatch();
            c.commit();
        }
    }

    /** COPY of the same rows (as CSV) into a copy of the table, timed. */
    private static double copy(PgTestDatabase db, int expected) throws Exception {
        StringBuilder csv = new StringBuilder();
        try (Connection admin = db.adminConnection(); Statement st = admin.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, clinic_id, site, version, deleted, patient_id, kind, entry_date, "
                    + "summary, details, source, recorded_by, recorded_at FROM history_entry")) {
                while (rs.next()) {
                    for (int i = 1; i <= 13; i++) {
                        csv.append(i == 1 ? "" : ",").append('"').append(rs.getString(i)).append('"');
                    }
                    csv.append('\n');
                }
            }
            st.execute("CREATE TABLE history_copy (LIKE history_entry INCLUDING ALL)");
            long start = System.nanoTime();
            long copied = admin.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY history_copy (id, clinic_id, site, "
                    + "version, deleted, patient_id, kind, entry_date, summary, details, source, recorded_by, recorded_at) "
                    + "FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (copied < expected - 2) {
                throw new IllegalStateException("COPY wrote " + copied + " rows");
            }
            return seconds;
        }
    }

}
