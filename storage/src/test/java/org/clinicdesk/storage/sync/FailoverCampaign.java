package org.clinicdesk.storage.sync;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.clinicdesk.core.common.HlcTimestamp;
import org.clinicdesk.core.sync.SyncReport;

/**
 * The failover campaign: a private PostgreSQL primary with an asynchronous streaming standby, the central schema
 * installed as {@code clinicdesk central init} does, three desks (real stores, the real sync engine) working and
 * syncing in their own threads. Each cycle holds the WAL sender back for a moment (so that, as asynchronous
 * replication allows, the primary acknowledges pushes its standby has not got: on loopback the window is otherwise
 * a few milliseconds wide), SIGKILLs the primary in the middle of a push, promotes the standby, points the desks at
 * it and lets them carry on; a new standby is cloned from the new primary for the next cycle. At the end the desks
 * converge and every change a desk made must be on the last promoted server and every desk must equal it, table by
 * table. Shared by {@code scripts/campaign failover} and {@code FailoverCampaignTest}.
 */
final class FailoverCampaign {
    private static final UUID CLINIC = UUID.fromString("0190a000-0000-7000-8000-00000000f417");
    private static final List<String> SITES = List.of("A", "B", "C");

    /** What one campaign showed. */
    record Result(int cycles, int desks, long changes, long ackedButMissingAfterPromote, long lostOnServer,
                  List<String> divergentDesks, long pendingAfter, Duration took) {
        boolean passed() {
            return lostOnServer == 0 && divergentDesks.isEmpty() && pendingAfter == 0;
        }

        String summary() {
            return String.format("failover: %s cycles=%d desks=%d changes=%d acked-not-on-standby=%d lost=%d "
                            + "divergent-desks=%d pending=%d took=%ds",
                    passed() ? "PASS" : "FAIL", cycles, desks, changes, ackedButMissingAfterPromote, lostOnServer,
                    divergentDesks.size(), pendingAfter, took.toSeconds());
        }
    }

    private final Path dir;
    private final PrintWriter log;
    private final Random random;

    FailoverCampaign(Path dir, PrintWriter log, long seed) {
        this.dir = dir;
        this.log = log;
        this.random = new Random(seed);
        log.printf("seed %d%n", seed);
    }

    Result run(int cycles) throws Exception {
        Instant started = Instant.now();
        PrivatePostgres primary = PrivatePostgres.start();
        List<PrivatePostgres> servers = new ArrayList<>(List.of(primary));
        List<Desk> desks = new ArrayList<>();
        try {
            PrivatePostgres standby = primary.standby();
            servers.add(standby);
            PgTestDatabase db = PgTestDatabase.create(primary.url(), "postgres", "");
            log.printf("primary :%d, standby :%d, central database %s%n", primary.port(), standby.port(), db.name());
            for (String site : SITES) {
                CentralServer server = db.site(CLINIC, site);
                desks.add(new Desk(new Desktop(dir.resolve("desk-" + site), site, CLINIC, server, Clock.systemUTC()).auditing(),
                        server, new Random(random.nextLong())));
            }
            long missing = 0;
            for (int cycle = 1; cycle <= cycles; cycle++) {
                missing += cycle(cycle, primary, standby, desks, db.name());
                primary = standby;
                if (cycle < cycles) {
                    standby = primary.standby();
                    servers.add(standby);
                    log.printf("cycle %d: new standby :%d cloned from the promoted server :%d%n", cycle, standby.port(),
                            primary.port());
                }
            }
            for (Desk desk : desks) {
                desk.stop();
            }
            return check(primary, db.name(), desks, cycles, missing, started);
        } finally {
            for (Desk desk : desks) {
                desk.stop();
                desk.desktop.close();
            }
            for (PrivatePostgres server : servers) {
                server.close();
            }
        }
    }

    /** One kill/promote cycle; returns how many pushed changes the promoted standby lacked. */
    private long cycle(int number, PrivatePostgres primary, PrivatePostgres standby, List<Desk> desks, String database)
            throws Exception {
        desks.forEach(Desk::start);
        awaitPushes(desks, 2, "before holding replication back");
        int walSender = walSenderPid(primary, database);
        PrivatePostgres.signal(walSender, "STOP");
        log.printf("cycle %d: WAL sender %d held back%n", number, walSender);
        awaitPushes(desks, 3, "acknowledged by the primary while the standby waits");
        CountDownLatch killed = new CountDownLatch(1);
        AtomicBoolean armed = new AtomicBoolean(true);
        AtomicReference<String> where = new AtomicReference<>();
        for (Desk desk : desks) {
            desk.progress = (phase, rows, pid) -> {
                if (phase == SyncProgress.Phase.PUSH && armed.compareAndSet(true, false)) {
                    try {
                        primary.kill();
                        where.set("desk " + desk.desktop.site + " after " + rows + " rows of its push, before commit");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    } finally {
                        killed.countDown();
                    }
                }
            };
        }
        if (!killed.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no push started within 120 s; the primary was not killed");
        }
        desks.forEach(d -> d.progress = SyncProgress.NONE);
        log.printf("cycle %d: primary :%d SIGKILLed in %s%n", number, primary.port(), where.get());
        awaitOffline(desks); // desks find the server gone and keep working offline
        standby.promote();
        long missing = 0;
        String url = "jdbc:postgresql://127.0.0.1:" + standby.port() + "/" + database;
        for (Desk desk : desks) {
            missing += missingOn(desk, url);
        }
        log.printf("cycle %d: standby :%d promoted; it lacks %d changes the desks had pushed to the old primary%n",
                number, standby.port(), missing);
        for (Desk desk : desks) {
            CentralServer old = desk.server;
            desk.server = new CentralServer(url, old.user(), old.password());
        }
        awaitPushes(desks, 3, "on the promoted server");
        return missing;
    }

    /** Changes this desk pushed that the server at {@code url} does not hold at their version or later. */
    private static long missingOn(Desk desk, String url) throws SQLException {
        long missing = 0;
        try (Connection local = desk.desktop.store.dataSource().getConnection();
             PreparedStatement ps = local.prepareStatement("SELECT entity_table, row_id, version FROM sent_change");
             ResultSet rs = ps.executeQuery();
             Connection central = java.sql.DriverManager.getConnection(url, "postgres", "")) {
            while (rs.next()) {
                try (PreparedStatement q = central.prepareStatement("SELECT version FROM " + rs.getString(1)
                        + " WHERE id = ?")) {
                    q.setObject(1, rs.getObject(2, UUID.class));
                    try (ResultSet there = q.executeQuery()) {
                        if (!there.next() || HlcTimestamp.decode(there.getString(1))
                                .compareTo(HlcTimestamp.decode(rs.getString(3))) < 0) {
                            missing++;
                        }
                    }
                }
            }
        }
        return missing;
    }

    /** Until every desk has had a sync fail for want of the server, since now. */
    private void awaitOffline(List<Desk> desks) throws InterruptedException {
        List<Integer> before = desks.stream().map(d -> d.offline.get()).toList();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (int i = 0; i < desks.size(); i++) {
            while (desks.get(i).offline.get() <= before.get(i)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("desk " + desks.get(i).desktop.site + " did not find the killed "
                            + "primary gone within 120 s; last error: " + desks.get(i).lastError);
                }
                Thread.sleep(50);
            }
        }
    }

    private void awaitPushes(List<Desk> desks, int pushes, String what) throws InterruptedException {
        int target = desks.stream().mapToInt(d -> d.pushes.get()).sum() + pushes;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (desks.stream().mapToInt(d -> d.pushes.get()).sum() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("desks made no " + pushes + " pushes " + what + " within 120 s; last "
                        + "errors: " + desks.stream().map(d -> d.desktop.site + ": " + d.lastError).toList());
            }
            Thread.sleep(50);
        }
    }

    private static int walSenderPid(PrivatePostgres primary, String database) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + primary.port() + "/" + database;
        try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", "");
             PreparedStatement ps = c.prepareStatement("SELECT pid FROM pg_stat_replication");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("the primary has no streaming standby");
            }
            return rs.getInt(1);
        }
    }

    private Result check(PrivatePostgres last, String database, List<Desk> desks, int cycles, long missing,
                         Instant started) throws SQLException {
        for (int round = 1; round <= 10; round++) {
            long moved = 0;
            for (Desk desk : desks) {
                SyncReport report = desk.syncOnce();
                moved += report.pushed() + report.pulled();
            }
            long pending = desks.stream().mapToLong(d -> d.desktop.store.outbox().size()).sum();
            log.printf("converge round %d: %d rows moved, %d pending%n", round, moved, pending);
            if (moved == 0 && pending == 0) {
                break;
            }
        }
        String url = "jdbc:postgresql://127.0.0.1:" + last.port() + "/" + database;
        try (Connection admin = java.sql.DriverManager.getConnection(url, "postgres", "")) {
            Map<String, List<String>> columns = new LinkedHashMap<>();
            for (SyncedTable table : SyncedTable.values()) {
                columns.put(table.tableName(), CentralRows.dataColumns(admin, table.tableName()));
            }
            Map<String, String> central = TableHashes.of(admin, columns);
            log.printf("promoted server tables: %s%n", central);
            long lost = 0;
            long changes = 0;
            for (Desk desk : desks) {
                changes += desk.made.size();
                for (Map.Entry<UUID, String> made : desk.made.entrySet()) {
                    try (PreparedStatement ps = admin.prepareStatement("SELECT 1 FROM " + made.getValue() + " WHERE id = ?")) {
                        ps.setObject(1, made.getKey());
                        try (ResultSet rs = ps.executeQuery()) {
                            if (!rs.next()) {
                                lost++;
                                log.printf("LOST on the server: %s %s made by desk %s%n", made.getValue(), made.getKey(),
                                        desk.desktop.site);
                            }
                        }
                    }
                }
            }
            List<String> divergent = new ArrayList<>();
            long pending = 0;
            for (Desk desk : desks) {
                pending += desk.desktop.store.outbox().size();
                try (Connection local = desk.desktop.store.dataSource().getConnection()) {
                    Map<String, String> here = TableHashes.of(local, columns);
                    if (!here.equals(central)) {
                        divergent.add(desk.desktop.site.value());
                        log.printf("desk %s differs: %s%n", desk.desktop.site, here);
                    }
                }
            }
            long total = desks.stream().mapToLong(d -> d.changes.get()).sum();
            log.printf("%d changes made (%d rows created), %d rows created but not on the server%n", total, changes, lost);
            return new Result(cycles, desks.size(), total, missing, lost, divergent, pending,
                    Duration.between(started, Instant.now()));
        }
    }

    /** A desk at work: a few changes, a sync, again, on its own thread; offline spells are normal. */
    private final class Desk implements Runnable {
        final Desktop desktop;
        final Random rng;
        final Map<UUID, String> made = new ConcurrentHashMap<>();
        final AtomicInteger pushes = new AtomicInteger();
        final AtomicInteger changes = new AtomicInteger();
        /** Syncs that found the central server out of reach. */
        final AtomicInteger offline = new AtomicInteger();
        volatile CentralServer server;
        volatile SyncProgress progress = SyncProgress.NONE;
        volatile String lastError = "";
        private volatile Thread thread;
        private volatile boolean running;
        private final List<UUID> patients = new ArrayList<>();
        private final List<UUID> entries = new ArrayList<>();
        private final List<UUID> drafts = new ArrayList<>();

        Desk(Desktop desktop, CentralServer server, Random rng) {
            this.desktop = desktop;
            this.server = server;
            this.rng = rng;
        }

        void start() {
            if (thread == null) {
                running = true;
                thread = new Thread(this, "desk-" + desktop.site);
                thread.start();
            }
        }

        void stop() throws InterruptedException {
            running = false;
            Thread t = thread;
            if (t != null) {
                t.join(TimeUnit.SECONDS.toMillis(120));
                thread = null;
            }
        }

        SyncReport syncOnce() {
            return new SyncEngine(desktop.store, server, 25, Clock.systemUTC()).syncOnce(progress);
        }

        @Override
        public void run() {
            while (running) {
                for (int i = 0, n = 1 + rng.nextInt(4); i < n; i++) {
                    work();
                }
                try {
                    SyncReport report = syncOnce();
                    if (report.pushed() > 0) {
                        pushes.incrementAndGet();
                    }
                } catch (CentralUnavailableException unreachable) {
                    lastError = unreachable.getMessage();
                    offline.incrementAndGet();
                    pause(200);
                } catch (RuntimeException e) {
                    lastError = e.toString();
                    log.printf("desk %s: sync failed: %s%n", desktop.site, e);
                    pause(200);
                }
                pause(rng.nextInt(60));
            }
        }

        private void work() {
            changes.incrementAndGet();
            int what = patients.isEmpty() ? 0 : rng.nextInt(6);
            switch (what) {
                case 0 -> {
                    UUID id = desktop.register(rng).id();
                    patients.add(id);
                    made.put(id, "patient");
                }
                case 1 -> {
                    UUID id = desktop.enqueue(pick(patients)).id();
                    entries.add(id);
                    made.put(id, "queue_entry");
                }
                case 2 -> {
                    if (entries.isEmpty()) {
                        desktop.editField(pick(patients), rng);
                    } else {
                        desktop.advance(pick(entries), rng);
                    }
                }
                case 3 -> {
                    UUID id = desktop.draft(pick(patients), rng).id();
                    drafts.add(id);
                    made.put(id, "soap_note");
                }
                case 4 -> {
                    if (drafts.isEmpty()) {
                        desktop.editField(pick(patients), rng);
                    } else {
                        desktop.sign(drafts.remove(drafts.size() - 1));
                    }
                }
                default -> desktop.editField(pick(patients), rng);
            }
        }

        private UUID pick(List<UUID> ids) {
            return ids.get(ids.size() - 1 - rng.nextInt(Math.min(5, ids.size())));
        }

        private void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    /** {@code scripts/campaign failover [CYCLES]}: prints one summary line; the log goes to target/campaign/. */
    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path out = Path.of(args.length > 1 ? args[1] : "target/campaign");
        Files.createDirectories(out);
        Path logFile = out.resolve("failover-" + LocalDate.now() + ".log");
        Path work = Files.createTempDirectory("clinicdesk-failover");
        Result result;
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile), true)) {
            result = new FailoverCampaign(work, log, System.nanoTime()).run(cycles);
            log.println(result.summary());
        } finally {
            deleteTree(work);
        }
        System.out.println(result.summary() + " log=" + logFile);
        System.exit(result.passed() ? 0 : 1);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
