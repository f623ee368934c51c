package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.audit.AuditService;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.users.PasswordHasher;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.users.SignInPolicy;
import org.clinicdesk.core.users.UserService;

/**
 * One seed of the convergence check, with nothing carried over from another seed: a fresh central database, a new
 * clinic and three fresh desktops (sites A, B, C) whose clocks are skewed by up to 140 s either way (any two inside the
 * five minutes a desk and the server allow). The desktops work offline (patients registered, edited and deleted; queue moves; vitals;
 * scanned documents; notes drafted, signed, sometimes by two desks at once, amended and deleted; history; users) and
 * sync at random moments with production batches of {@value SyncEngine#DEFAULT_BATCH}, while a sync is cut at one of
 * every boundary of its phases: the connection killed before the server commits a push or before a pull's fetch, or the
 * desk stopped after the server committed a push and before the desk dropped it from its outbox, or after a pulled
 * batch was applied. After two final rounds every desktop equals the server. Shared by {@code SyncConvergenceTest}
 * (a handful of seeds in CI) and {@code scripts/campaign converge} (a thousand).
 */
final class ConvergenceRun {
    /** Replays one seed instead of the fixed ones: {@code -Dconverge.seed=N}. */
    static final String REPLAY = "converge.seed";
    private static final long BASE = 0x5EED_C0DE_2026L;
    private static final String ADMIN_PASSWORD = "admin-pass-1";

    /** What one seed did, for the summary and for checking that the workload really covered each kind of work. */
    record Stats(long seed, Map<SyncProgress.Phase, Integer> cuts, int signedTwice, int patientsDeleted, int vitals,
                 int documents, int users, int steps) {
        String line() {
            return "seed " + seed + ": " + steps + " steps, cuts " + cuts + ", notes signed at two desks " + signedTwice
                    + ", patients deleted " + patientsDeleted + ", vitals " + vitals + ", documents " + documents
                    + ", users " + users;
        }
    }

    /** The fixed seeds of a run (the same in every run), or the one seed {@code -Dconverge.seed} asks to replay. */
    static LongStream seeds(int count) {
        String replay = System.getProperty(REPLAY, "").trim();
        if (!replay.isEmpty()) {
            return LongStream.of(Long.parseLong(replay));
        }
        SplittableRandom fixed = new SplittableRandom(BASE);
        return LongStream.generate(fixed::nextLong).limit(count);
    }

    /** The desk stopped (killed) at a chosen moment of a sync. */
    static final class DeskStopped extends RuntimeException {
        DeskStopped(SyncProgress.Phase phase) {
            super("desk stopped at " + phase, null, false, false);
        }
    }

    private final long seed;
    private final Random random;
    private final Path dir;
    private final int steps;
    private final UUID clinic;
    private PgTestDatabase db;
    private final List<Desktop> desktops = new ArrayList<>();
    private final Map<SyncProgress.Phase, Integer> cuts = new EnumMap<>(SyncProgress.Phase.class);
    /** Highest (round, stage) any desktop gave each queue entry. */
    private final Map<UUID, int[]> furthest = new HashMap<>();
    /** Every signed version of each note, as the desk that signed it stored it. */
    private final Map<UUID, List<SoapNote>> signings = new HashMap<>();
    private final List<UUID> registered = new ArrayList<>();
    private final Set<UUID> deletedPatients = new TreeSet<>();
    /** Per patient and column, the (version, value) of the latest edit anywhere. */
    private final Map<String, String[]> latestWrite = new HashMap<>();
    private int vitals;
    private int documents;
    private int users;

    ConvergenceRun(Path dir, long seed, int steps) {
        this.dir = dir;
        this.seed = seed;
        this.steps = steps;
        this.random = new Random(seed);
        this.clinic = new UUID(random.nextLong(), random.nextLong());
    }

    /** Runs the seed and checks convergence (an AssertionError says what differs); cleans up its database. */
    Stats run() throws Exception {
        db = PgTestDatabase.create();
        try {
            for (String site : List.of("A", "B", "C")) {
                // any two desks at most 280 s apart: inside the 300 s a desk (and the server) allow another's clock
                Duration skew = Duration.ofSeconds(random.nextInt(281) - 140);
                desktops.add(new Desktop(dir.resolve(site), site, clinic, db.site(clinic, site),
                        Clock.offset(Clock.systemUTC(), skew)).auditing());
            }
            users(desktops.get(0)).addFirstAdmin("admin", ADMIN_PASSWORD.toCharArray(), desktops.get(0).site);
            for (int step = 0; step < steps; step++) {
                Desktop desktop = desktops.get(random.nextInt(3));
                if (random.nextInt(6) == 0) {
                    syncWithCut(desktop);
                } else {
                    operate(desktop);
                }
            }
            for (int round = 0; round < 2; round++) {
                for (Desktop desktop : desktops) {
                    desktop.sync();
                }
            }
            assertConverged();
            int twice = (int) signings.values().stream().filter(v -> distinct(v) > 1).count();
            return new Stats(seed, cuts, twice, deletedPatients.size(), vitals, documents, users, steps);
        } finally {
            desktops.forEach(Desktop::close);
            db.close();
        }
    }

    private static UserService users(Desktop d) {
        return new UserService(d.store.context(), d.store.users(), d.store.signInLockouts(), new PasswordHasher(),
                SignInPolicy.DEFAULT);
    }

    /** Syncs and cuts it at a phase boundary drawn from the seed: the connection killed, or the desk stopped. */
    private void syncWithCut(Desktop desktop) throws SQLException {
        SyncProgress.Phase phase = SyncProgress.Phase.values()[random.nextInt(SyncProgress.Phase.values().length)];
        int occurrence = 1 + random.nextInt(2);
        boolean stopDesk = phase == SyncProgress.Phase.PUSH_COMMITTED || phase == SyncProgress.Phase.PULL_APPLIED
                ? random.nextInt(4) != 0 : false;
        AtomicInteger seen = new AtomicInteger();
        AtomicBoolean cut = new AtomicBoolean();
        try (Connection admin = db.adminConnection()) {
            desktop.sync((p, rows, pid) -> {
                if (p == phase && seen.incrementAndGet() == occurrence && cut.compareAndSet(false, true)) {
                    if (stopDesk) {
                        throw new DeskStopped(p);
                    }
                    terminate(admin, pid);
                }
            });
        } catch (CentralUnavailableException | DeskStopped expected) {
            assertThat(cut).as("only the cut may stop a sync: " + expected).isTrue();
        }
        if (cut.get()) {
            cuts.merge(phase, 1, Integer::sum);
        }
    }

    private static void terminate(Connection admin, int pid) {
        try (PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
            ps.setInt(1, pid);
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void operate(Desktop d) {
        List<UUID> patients = d.ids("patient", "deleted = FALSE");
        if (patients.isEmpty() || random.nextInt(6) == 0) {
            registered.add(d.register(random).id());
            return;
        }
        UUID patient = hot(patients);
        switch (random.nextInt(13)) {
            case 0 -> editField(d, patient);
            case 1 -> {
                QueueEntry entry = d.enqueue(patient);
                furthest.merge(entry.id(), new int[] {0, 0}, ConvergenceRun::max);
            }
            case 2 -> {
                List<UUID> entries = d.ids("queue_entry", "deleted = FALSE");
                if (!entries.isEmpty()) {
                    QueueEntry moved = d.advance(hot(entries), random);
                    furthest.merge(moved.id(), new int[] {moved.round(), moved.status().stage()}, ConvergenceRun::max);
                }
            }
            case 3 -> d.draft(patient, random);
            case 4 -> {
                // any draft this desk knows, another desk's too: two desks may sign one note before they sync
                List<UUID> drafts = d.ids("soap_note", "status = 'DRAFT' AND deleted = FALSE");
                if (!drafts.isEmpty()) {
                    UUID note = hot(drafts);
                    if (random.nextInt(5) == 0) {
                        d.delete("org.clinicdesk.storage.notes.SoapNoteEntity", "soap_note", note);
                    } else {
                        SoapNote signed = d.sign(note);
                        signings.computeIfAbsent(signed.id(), k -> new ArrayList<>()).add(signed);
                    }
                }
            }
            case 5 -> {
                List<UUID> signed = d.ids("soap_note", "status = 'SIGNED'");
                if (!signed.isEmpty()) {
                    d.amend(hot(signed), random);
                }
            }
            case 6 -> {
                List<UUID> entries = d.ids("history_entry", "deleted = FALSE");
                if (!entries.isEmpty() && random.nextBoolean()) {
                    d.delete("org.clinicdesk.storage.history.HistoryEntryEntity", "history_entry", hot(entries));
                } else {
                    d.history(patient, random);
                }
            }
            case 7 -> {
                d.vitals(patient, random);
                vitals++;
            }
            case 8 -> {
                d.document(patient, random);
                documents++;
            }
            case 9 -> {
                if (random.nextInt(3) == 0) {
                    d.delete("org.clinicdesk.storage.patient.PatientEntity", "patient", patient);
                    deletedPatients.add(patient);
                } else {
                    editField(d, patient);
                }
            }
            case 10 -> addUser(d);
            case 11 -> signAtTwoDesks(d);
            default -> {
                String column = editField(d, patient);
                d.store.context().tx().run(() -> d.store.auditLog().append("nurse" + d.site, AuditRecord.of(
                        AuditAction.PATIENT_EDITED, "patient", patient, column)));
            }
        }
    }

    /**
     * Edits one patient field and remembers the edit if it changed the value. Writing the value a field already holds
     * is no edit: the row keeps its version, and the field keeps the version of the write that set it, so taking the
     * row's version as the field's would make an older write look like the latest (seed -6612434081590845696 drew
     * "penicillin C41" twice at one desk).
     */
    private String editField(Desktop d, UUID patient) {
        String rowVersion = d.versionAndValue(patient, "version")[0];
        String column = d.editField(patient, random);
        String[] written = d.versionAndValue(patient, column);
        if (!written[0].equals(rowVersion)) { // the row changed, so the field did
            latestWrite.merge(patient + "/" + column, written, (a, b) -> newer(a[0], b[0]) ? a : b);
        }
        return column;
    }

    /** Two desks sign the same draft before either syncs again: the server keeps one signature, a person the other. */
    private void signAtTwoDesks(Desktop d) {
        Desktop other = desktops.get((desktops.indexOf(d) + 1 + random.nextInt(2)) % 3);
        List<UUID> both = d.ids("soap_note", "status = 'DRAFT' AND deleted = FALSE");
        both.retainAll(other.ids("soap_note", "status = 'DRAFT' AND deleted = FALSE"));
        if (both.isEmpty()) {
            return;
        }
        UUID note = hot(both);
        for (Desktop signer : List.of(d, other)) {
            SoapNote signed = signer.sign(note);
            signings.computeIfAbsent(signed.id(), k -> new ArrayList<>()).add(signed);
        }
    }

    /** An administrator adds a staff member at this desk, once the administrator's account has reached it. */
    private void addUser(Desktop d) {
        if (d.ids("app_user", "username = 'admin'").isEmpty() || users >= 3) {
            return;
        }
        UserService service = users(d);
        var admin = service.signIn("admin", ADMIN_PASSWORD.toCharArray(), d.site);
        String name = "staff" + d.site.value().toLowerCase(java.util.Locale.ROOT) + (++users);
        service.add(admin, name, "Staff " + d.site, random.nextBoolean() ? Role.NURSE : Role.RECEPTION,
                ("pass-" + name + "-1").toCharArray());
    }

    private static boolean newer(String versionA, String versionB) {
        return org.clinicdesk.core.common.HlcTimestamp.decode(versionA)
                .compareTo(org.clinicdesk.core.common.HlcTimestamp.decode(versionB)) >= 0;
    }

    /** Mostly one of the newest rows, so that desktops edit the same rows concurrently. */
    private UUID hot(List<UUID> ids) {
        return ids.get(ids.size() - 1 - random.nextInt(Math.min(3, ids.size())));
    }

    private static int[] max(int[] a, int[] b) {
        return a[0] != b[0] ? (a[0] > b[0] ? a : b) : (a[1] >= b[1] ? a : b);
    }

    private static long distinct(List<SoapNote> versions) {
        return versions.stream().distinct().count();
    }

    private void assertConverged() throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Set<UUID> signedTwice = signings.entrySet().stream().filter(e -> distinct(e.getValue()) > 1)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        // a note signed at two desks: the server keeps the first signature and lists a conflict for a person; the
        // desk that signed second keeps its own signature (signed notes never change), so those rows are compared below
        Map<String, String> except = signedTwice.isEmpty() ? Map.of() : Map.of("soap_note", "id IN ("
                + signedTwice.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ")");
        Map<String, String> central;
        try (Connection admin = db.adminConnection()) {
            for (SyncedTable table : SyncedTable.values()) {
                columns.put(table.tableName(), CentralRows.dataColumns(admin, table.tableName()));
            }
            central = TableHashes.of(admin, columns, except);
            assertThat(count(admin, "SELECT count(*) FROM patient")).as("no patient lost or duplicated")
                    .isEqualTo(registered.size());
            for (UUID deleted : deletedPatients) {
                assertThat(count(admin, "SELECT count(*) FROM patient WHERE deleted AND id = '" + deleted + "'"))
                        .as("patient " + deleted + " stays deleted").isEqualTo(1);
            }
            for (Map.Entry<String, String[]> e : latestWrite.entrySet()) {
                String[] key = e.getKey().split("/");
                if (deletedPatients.contains(UUID.fromString(key[0]))) {
                    continue; // a deleted patient's fields: the tombstone is what counts (checked above)
                }
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
                        int stage = QueueStatus.valueOf(rs.getString(2)).stage();
                        assertThat(new int[] {rs.getInt(1), stage}).as("queue entry never moved backwards")
                                .containsExactly(e.getValue());
                    }
                }
            }
            if (!signedTwice.isEmpty()) {
                assertThat(count(admin, "SELECT count(*) FROM sync_conflict WHERE entity_table = 'soap_note'"))
                        .as("each note signed at two desks is listed for a person").isGreaterThanOrEqualTo(1);
            }
        }
        for (Desktop d : desktops) {
            assertThat(d.store.outbox().size()).as("outbox of " + d.site + " drained").isZero();
            try (Connection local = d.store.dataSource().getConnection()) {
                assertThat(TableHashes.of(local, columns, except)).as("desktop " + d.site + " equals the central database")
                        .isEqualTo(central);
            }
            assertThat(new AuditService(d.store.context().tx(), d.store.auditLog()).verifyAll())
                    .as("audit chains of every site verify on " + d.site).isNotEmpty()
                    .allSatisfy(v -> assertThat(v.intact()).as(v.toString()).isTrue());
            assertThat(RecordsAgainstAudit.check(d.store).problems())
                    .as("every record on " + d.site + " matches its audit events after the merges").isEmpty();
            for (Map.Entry<UUID, List<SoapNote>> e : signings.entrySet()) {
                SoapNote stored = d.store.notes().findById(e.getKey()).orElseThrow();
                assertThat(e.getValue()).as("note " + e.getKey() + " on " + d.site + " is one of its signed versions")
                        .contains(stored);
            }
        }
        for (UUID note : signedTwice) {
            long versionsKept = desktops.stream().map(d -> d.store.notes().findById(note).orElseThrow()).distinct().count();
            assertThat(versionsKept).as("note " + note + " signed at two desks: each desk has the server's or its own")
                    .isLessThanOrEqualTo(distinct(signings.get(note)));
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
