package org.clinicdesk.storage.sync;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.clinicdesk.core.common.HybridClock;
import org.clinicdesk.core.common.UuidV7Generator;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.sync.SyncReport;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Push and pull of a mixed set of changes against PostgreSQL COPY of the same rows, in one run. Not a test: it prints
 * figures (README, Benchmarks). Of N changes (default 100,000) desk A pushes: 60% new history entries, 20% phone
 * edits of patients whose address desk B changed meanwhile (field merges: the server combines both), and 20% phone
 * edits of patients whose phone desk B changed later (conflicts: B's later change wins, A takes it over). B pushed
 * its edits first; then A's push is timed, then B's pull of A's changes. The baseline is COPY of the rows those
 * changes leave on the server (the same patients and history entries, the same columns) into the same tables, with
 * their indexes, row-level security enabled and triggers on, as another clinic's rows (by the tables' owner: PostgreSQL
 * allows COPY FROM to no login that row security applies to).
 */
public final class SyncBenchmark {
    private static final int BATCH = 1000;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int merged = changes / 5;
        int conflicting = changes / 5;
        int history = changes - merged - conflicting;
        UUID clinic = UUID.randomUUID();
        Path dir = Files.createTempDirectory("clinicdesk-bench");
        try (PgTestDatabase db = PgTestDatabase.create();
             Desktop a = new Desktop(dir.resolve("A"), "A", clinic, db.site(clinic, "A"), Clock.systemUTC());
             Desktop b = new Desktop(dir.resolve("B"), "B", clinic, db.site(clinic, "B"), Clock.systemUTC())) {
            System.out.printf("setting up: %d patients on both desks...%n", merged + conflicting);
            List<UUID> patients = register(a, merged + conflicting);
            sync(a);
            sync(b);

            fillHistory(a, patients.get(0), history);
            edit(a, patients, 0, patients.size(), "phone", "0801");
            edit(b, patients, 0, merged, "address", "B");
            edit(b, patients, merged, patients.size(), "phone", "0802");
            sync(b);

            AtomicLong pushEnd = new AtomicLong();
            long start = System.nanoTime();
            SyncReport pushReport = new SyncEngine(a.store, a.central, SyncEngine.DEFAULT_BATCH, Clock.systemUTC())
                    .syncOnce((phase, n, pid) -> {
                        if (phase == SyncProgress.Phase.PULL) {
                            pushEnd.compareAndSet(0, System.nanoTime());
                        }
                    });
            double pushSeconds = (pushEnd.get() - start) / 1e9;

            long pullStart = System.nanoTime();
            int pulled = sync(b).pulled();
            double pullSeconds = (System.nanoTime() - pullStart) / 1e9;

            checkOutcome(a, b, patients, merged);
            Copied copied = copy(db, clinic);
            double copyRate = copied.rows() / copied.seconds();
            System.out.printf("changes pushed by A: %d (%d new history entries, %d field merges, %d conflicts), "
                    + "batch %d, %d cores%n", pushReport.pushed(), history, merged, conflicting, SyncEngine.DEFAULT_BATCH,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("push: %.1f s, %.0f changes/s, %.3f of COPY%n", pushSeconds, changes / pushSeconds,
                    changes / pushSeconds / copyRate);
            System.out.printf("pull: %d rows, %.1f s, %.0f rows/s, %.3f of COPY%n", pulled, pullSeconds,
                    pulled / pullSeconds, pulled / pullSeconds / copyRate);
            System.out.printf("COPY of the same %d rows into the same tables (patient, history_entry; indexes, "
                    + "triggers, row security enabled): %.2f s, %.0f rows/s%n", copied.rows(), copied.seconds(), copyRate);
        }
    }

    private static SyncReport sync(Desktop desktop) {
        return new SyncEngine(desktop.store, desktop.central, SyncEngine.DEFAULT_BATCH, Clock.systemUTC()).syncOnce();
    }

    private static List<UUID> register(Desktop desktop, int count) {
        List<UUID> ids = new ArrayList<>();
        Random random = new Random(1);
        for (int from = 0; from < count; from += BATCH) {
            int first = from;
            int to = Math.min(count, from + BATCH);
            desktop.store.context().tx().run(() -> {
                for (int i = first; i < to; i++) {
                    Patient p = desktop.register(random);
                    ids.add(p.id());
                }
            });
        }
        return ids;
    }

    /** New history entries and their outbox rows, written straight into the desk's H2 store. */
    private static void fillHistory(Desktop desktop, UUID patientId, int rows) throws SQLException {
        HybridClock clock = desktop.store.hybridClock().orElseThrow();
        UuidV7Generator ids = new UuidV7Generator(Clock.systemUTC());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = desktop.store.dataSource().getConnection();
             PreparedStatement entry = c.prepareStatement("INSERT INTO history_entry (id, site, version, deleted, patient_id, "
                     + "kind, entry_date, summary, details, source, recorded_by, recorded_at) VALUES (?, ?, ?, FALSE, ?, "
                     + "'DIAGNOSIS', DATE '2024-01-01', ?, 'details of the entry', 'benchmark', 'nurse', ?)");
             PreparedStatement outbox = outbox(c)) {
            c.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                UUID id = ids.newId();
                String version = clock.now().encode();
                entry.setObject(1, id);
                entry.setString(2, desktop.site.value());
                entry.setString(3, version);
                entry.setObject(4, patientId);
                entry.setString(5, "Diagnosis " + i);
                entry.setObject(6, now);
                entry.addBatch();
                queue(outbox, "history_entry", id, "INSERT", version, "", now);
                if (i % BATCH == BATCH - 1) {
                    entry.executeBatch();
                    outbox.executeBatch();
                }
            }
            entry.executeBatch();
            outbox.executeBatch();
            c.commit();
        }
    }

    /** One field of patients [from, to) changed at this desk, as the outbox listener records an edit. */
    private static void edit(Desktop desktop, List<UUID> patients, int from, int to, String field, String tag)
            throws SQLException {
        HybridClock clock = desktop.store.hybridClock().orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean phone = field.equals("phone");
        String sql = phone ? "UPDATE patient SET phone = ?, phone_digits = ?, phone_digits_reversed = ?, version = ? WHERE id = ?"
                : "UPDATE patient SET address = ?, version = ? WHERE id = ?";
        try (Connection c = desktop.store.dataSource().getConnection(); PreparedStatement update = c.prepareStatement(sql);
             PreparedStatement outbox = outbox(c)) {
            c.setAutoCommit(false);
            for (int i = from; i < to; i++) {
                String version = clock.now().encode();
                int p = 1;
                if (phone) {
                    String digits = tag + String.format("%06d", i);
                    update.setString(p++, digits);
                    update.setString(p++, digits);
                    update.setString(p++, new StringBuilder(digits).reverse().toString());
                } else {
                    update.setString(p++, i + " Lake Road (" + tag + ")");
                }
                update.setString(p++, version);
                update.setObject(p, patients.get(i));
                update.addBatch();
                queue(outbox, "patient", patients.get(i), "UPDATE", version,
                        phone ? "phone,phone_digits,phone_digits_reversed" : "address", now);
                if (i % BATCH == BATCH - 1) {
                    update.executeBatch();
                    outbox.executeBatch();
                }
            }
            update.executeBatch();
            outbox.executeBatch();
            c.commit();
        }
    }

    private static PreparedStatement outbox(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO outbox (entity_table, row_id, operation, version, changed_fields, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?)");
    }

    private static void queue(PreparedStatement outbox, String table, UUID id, String operation, String version,
                              String fields, OffsetDateTime at) throws SQLException {
        outbox.setString(1, table);
        outbox.setObject(2, id);
        outbox.setString(3, operation);
        outbox.setString(4, version);
        outbox.setString(5, fields);
        outbox.setObject(6, at);
        outbox.addBatch();
    }

    /** Both desks agree, merges kept both changes and conflicts the later one: a benchmark of wrong work is void. */
    private static void checkOutcome(Desktop a, Desktop b, List<UUID> patients, int merged) throws SQLException {
        for (Desktop d : List.of(a, b)) {
            try (Connection c = d.store.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                    "SELECT phone, address FROM patient WHERE id = ?")) {
                for (int i : new int[] {0, merged - 1, merged, patients.size() - 1}) {
                    ps.setObject(1, patients.get(i));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        String phone = rs.getString(1);
                        String address = rs.getString(2);
                        boolean ok = i < merged ? phone.startsWith("0801") && address.endsWith("(B)")
                                : phone.startsWith("0802");
                        if (!ok) {
                            throw new IllegalStateException("desk " + d.site + ", patient " + i + ": phone " + phone
                                    + ", address " + address + " is not the merged outcome");
                        }
                    }
                }
            }
            if (d.store.outbox().size() != 0) {
                throw new IllegalStateException("desk " + d.site + " still has changes to push");
            }
        }
    }

    record Copied(long rows, double seconds) {
    }

    /**
     * The server's rows of the clinic, COPY'd as another clinic's rows into the same tables (their indexes, row-level
     * security enabled, triggers on). PostgreSQL refuses COPY FROM to a login that row security applies to ("COPY FROM
     * not supported with row-level security"), so the COPY runs as the tables' owner, as any bulk load must.
     */
    private static Copied copy(PgTestDatabase db, UUID clinic) throws Exception {
        UUID other = UUID.randomUUID();
        List<String> tables = List.of("patient", "history_entry");
        try (Connection admin = db.adminConnection(); Statement st = admin.createStatement()) {
            CopyManager copy = admin.unwrap(PGConnection.class).getCopyAPI();
            List<String> data = new ArrayList<>();
            List<String> columnLists = new ArrayList<>();
            for (String table : tables) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT attname FROM pg_attribute WHERE attrelid = '" + table
                        + "'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum")) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                    }
                }
                String select = String.join(", ", columns.stream()
                        .map(col -> col.equals("clinic_id") ? "'" + other + "'::uuid" : col).toList());
                java.io.StringWriter rows = new java.io.StringWriter();
                copy.copyOut("COPY (SELECT " + select + " FROM " + table + " WHERE clinic_id = '" + clinic + "') TO STDOUT",
                        rows);
                data.add(rows.toString());
                columnLists.add(String.join(", ", columns));
            }
            admin.setAutoCommit(false);
            long copied = 0;
            long start = System.nanoTime();
            for (int i = 0; i < tables.size(); i++) {
                copied += copy.copyIn("COPY " + tables.get(i) + " (" + columnLists.get(i) + ") FROM STDIN",
                        new StringReader(data.get(i)));
            }
            admin.commit();
            return new Copied(copied, (System.nanoTime() - start) / 1e9);
        }
    }
}
