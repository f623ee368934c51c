package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.audit.AuditService;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.queue.QueueEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three desktops (sites A, B, C of one clinic) work offline and sync in random order while an administrator
 * connection kills the sync connection in the middle of batches; after a final round everything is identical.
 * One set of stores runs through all seeds (state accumulates), so later seeds sync over a bigger history.
 */
class SyncConvergenceTest {
    private static final UUID CLINIC = UUID.randomUUID();
    private static final int SEEDS = Integer.getInteger("clinicdesk.sync.seeds", 12);
    @TempDir
    static Path dir;
    private static PgTestDatabase db;
    private static List<Desktop> desktops;
    /** Highest (round, stage) any desktop gave each queue entry. */
    private static final Map<UUID, int[]> furthest = new HashMap<>();
    /** Content of every note at the moment it was signed. */
    private static final Map<UUID, SoapNote> signedNotes = new HashMap<>();
    private static final List<UUID> registered = new ArrayList<>();
    private static int cutsTotal;
    /** Per patient and column, the (version, value) of the latest edit anywhere. */
    private static final Map<String, String[]> latestWrite = new HashMap<>();

    @BeforeAll
    static void start() {
        db = PgTestDatabase.create();
        desktops = new ArrayList<>();
        for (String site : List.of("A", "B", "C")) {
            desktops.add(new Desktop(dir.resolve(site), site, CLINIC, db.site(CLINIC, site), Clock.systemUTC()).auditing());
        }
    }

    @AfterAll
    static void stop() {
        desktops.forEach(Desktop::close);
        db.close();
    }

    @Test
    void threeDesktopsConvergeAfterRandomOfflineWorkAndCutConnections() throws Exception {
        for (int i = 0; i < SEEDS; i++) {
            long seed = new Random().nextLong();
            try {
                cutsTotal += runSeed(new Random(seed));
            } catch (Throwable failure) {
                throw new AssertionError("convergence failed for seed " + seed + " (round " + i + ")", failure);
            }
        }
        assertThat(cutsTotal).as("connections were really cut in the middle of syncs").isPositive();
        assertThat(signedNotes).as("the runs signed notes").isNotEmpty();
        assertThat(furthest.values()).as("the runs moved queue entries").anyMatch(v -> v[1] > 0);
    }

    private int runSeed(Random random) throws Exception {
        int cuts = 0;
        for (int step = 0; step < 40; step++) {
            Desktop desktop = desktops.get(random.nextInt(3));
            if (random.nextInt(6) == 0) {
                cuts += syncWithCut(desktop, random) ? 1 : 0;
            } else {
                operate(desktop, random);
            }
        }
        for (int round = 0; round < 2; round++) {
            for (Desktop desktop : desktops) {
                desktop.sync();
            }
        }
        assertConverged();
        return cuts;
    }

    /** Syncs, killing the sync connection after a random number of rows; true when the cut happened. */
    private boolean syncWithCut(Desktop desktop, Random random) throws SQLException {
        int after = 1 + random.nextInt(20);
        SyncProgress.Phase phase = random.nextBoolean() ? SyncProgress.Phase.PUSH : SyncProgress.Phase.PULL;
        AtomicBoolean killed = new AtomicBoolean();
        try (Connection admin = db.adminConnection()) {
            desktop.sync((p, rows, pid) -> {
                if (p == phase && rows >= after && killed.compareAndSet(false, true)) {
                    terminate(admin, pid);
                }
            });
        } catch (CentralUnavailableException expected) {
            assertThat(killed).as("only the cut may stop a sync").isTrue();
        }
        return killed.get();
    }

    private static void terminate(Connection admin, int pid) {
        try (PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
            ps.setInt(1, pid);
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void operate(Desktop d, Random random) {
        List<UUID> patients = d.ids("patient", "deleted = FALSE");
        if (patients.isEmpty() || random.nextInt(5) == 0) {
            registered.add(d.register(random).id());
            return;
        }
        UUID patient = hot(patients, random);
        switch (random.nextInt(7)) {
            case 0 -> {
                String column = d.editField(patient, random);
                d.store.context().tx().run(() -> d.store.auditLog().append("nurse" + d.site, AuditRecord.of(
                        AuditAction.PATIENT_EDITED, "patient", patient, column)));
                String[] written = d.versionAndValue(patient, column);
                latestWrite.merge(patient + "/" + column, written, (a, b) -> a[0].compareTo(b[0]) >= 0 ? a : b);
            }
            case 1 -> {
                QueueEntry entry = d.enqueue(patient);
                furthest.merge(entry.id(), new int[] {0, 0}, SyncConvergenceTest::max);
            }
            case 2 -> {
                List<UUID> entries = d.ids("queue_entry", "deleted = FALSE");
                if (!entries.isEmpty()) {
                    QueueEntry moved = d.advance(hot(entries, random), random);
                    furthest.merge(moved.id(), new int[] {moved.round(), moved.status().stage()}, SyncConvergenceTest::max);
                }
            }
            case 3 -> d.draft(patient, random);
            case 4 -> {
                List<UUID> drafts = d.ids("soap_note", "status = 'DRAFT' AND deleted = FALSE AND author = 'doc" + d.site + "'");
                if (!drafts.isEmpty()) {
                    UUID note = hot(drafts, random);
                    if (random.nextInt(4) == 0) {
                        d.delete("org.clinicdesk.storage.notes.SoapNoteEntity", "soap_note", note);
                    } else {
                        SoapNote signed = d.sign(note);
                        signedNotes.put(signed.id(), signed);
                    }
                }
            }
            case 5 -> {
                List<UUID> signed = d.ids("soap_note", "status = 'SIGNED'");
                if (!signed.isEmpty()) {
                    d.amend(hot(signed, random), random);
                }
            }
            default -> {
                List<UUID> entries = d.ids("history_entry", "deleted = FALSE");
                if (!entries.isEmpty() && random.nextBoolean()) {
                    d.delete("org.clinicdesk.storage.history.HistoryEntryEntity", "history_entry", hot(entries, random));
                } else {
                    d.history(patient, random);
                }
            }
        }
    }

    /** Mostly one of the newest rows, so that desktops edit the same rows concurrently. */
    private static UUID hot(List<UUID> ids, Random random) {
        return ids.get(ids.size() - 1 - random.nextInt(Math.min(3, ids.size())));
    }

    private static int[] max(int[] a, int[] b) {
        return a[0] != b[0] ? (a[0] > b[0] ? a : b) : (a[1] >= b[1] ? a : b);
    }

    private void assertConverged() throws SQLException {
        Map<String, List<String>> columns;
        Map<String, String> central;
        try (Connection admin = db.adminConnection()) {
            columns = new LinkedHashMap<>();
            for (SyncedTable table : SyncedTable.values()) {
                columns.put(table.tableName(), CentralRows.dataColumns(admin, table.tableName()));
            }
            central = TableHashes.of(admin, columns);
            assertThat(count(admin, "SELECT count(*) FROM patient")).as("no patient lost or duplicated")
                    .isEqualTo(registered.size());
            for (Map.Entry<String, String[]> e : latestWrite.entrySet()) {
                String[] key = e.getKey().split("/");
                try (PreparedStatement ps = admin.prepareStatement("SELECT " + key[1] + " FROM patient WHERE id = ?")) {
                    ps.setObject(1, UUID.fromString(key[0]));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertThat(rs.getString(1)).as("latest edit of " + e.getKey() + " survives").isEqualTo(e.getValue()[1]);
                    }
                }
            }
            for (Map.Entry<UUID, int[]> e : furthest.entrySet()) {
                try (PreparedStatement ps = admin.prepareStatement("SELECT requeue_round, status FROM queue_entry WHERE id = ?")) {
                    ps.setObject(1, e.getKey());
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).as("queue entry " + e.getKey() + " reached the server").isTrue();
                        int stage = org.clinicdesk.core.queue.QueueStatus.valueOf(rs.getString(2)).stage();
                        assertThat(new int[] {rs.getInt(1), stage}).as("queue entry never moved backwards")
                                .containsExactly(e.getValue());
                    }
                }
            }
        }
        for (Desktop d : desktops) {
            assertThat(d.store.outbox().size()).as("outbox of " + d.site + " drained").isZero();
            try (Connection local = d.store.dataSource().getConnection()) {
                assertThat(TableHashes.of(local, columns)).as("desktop " + d.site + " equals the central database")
                        .isEqualTo(central);
            }
            assertThat(new AuditService(d.store.context().tx(), d.store.auditLog()).verifyAll())
                    .as("audit chains of every site verify on " + d.site).isNotEmpty()
                    .allSatisfy(v -> assertThat(v.intact()).as(v.toString()).isTrue());
            assertThat(RecordsAgainstAudit.check(d.store).problems())
                    .as("every record on " + d.site + " matches its audit events after the merges").isEmpty();
            for (SoapNote note : signedNotes.values()) {
                SoapNote stored = d.store.notes().findById(note.id()).orElseThrow();
                assertThat(stored).as("signed note intact on " + d.site).isEqualTo(note);
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
