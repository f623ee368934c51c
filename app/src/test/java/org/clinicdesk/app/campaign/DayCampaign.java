package org.clinicdesk.app.campaign;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.app.gui.testsupport.CentralTestDatabase;
import org.clinicdesk.app.sync.CentralSettings;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.testing.GeneratedPatients;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.sync.CentralServer;
import org.clinicdesk.storage.sync.SyncEngine;

/**
 * The day campaign: a clinic whose reception store already holds a large register (the benchmarks' generated
 * patients, pushed to the central server and pulled by the other desks), then a compressed day of new patients
 * through three desks, each its own JVM started with the launcher's JVM options ({@link DayDesk}): reception, nurse,
 * doctor, syncing through the central server as the window does. Every desk's resident memory (VmRSS) is sampled
 * twice a second; the day is cut into eight "hours" and the first is compared with the last. Shared by
 * {@code scripts/campaign day} and {@code DayCampaignTest}.
 */
public final class DayCampaign {
    // site logins are server-wide roles named after the clinic: a run must not share them with another run
    private final UUID clinic = UUID.randomUUID();
    private static final List<String> ROLES = List.of("reception", "nurse", "doctor");
    private static final Pattern LAUNCHER = Pattern.compile("(?m)^exec \"\\$JAVA\" (.*) \\$\\{CLINICDESK_JAVA_OPTS");

    /** One desk's memory through the day, in MiB. */
    public record Memory(String role, double atStart, double firstHour, double lastHour, double max, int samples) {
    }

    /** What a day showed. */
    public record Result(int patients, int storePatients, long completed, long signedNotes, long vitals,
                         List<Memory> desks, double limitMib, Duration took, String jvmOptions) {
        public double maxRss() {
            return desks.stream().mapToDouble(Memory::max).max().orElse(0);
        }

        public boolean passed(double growthAllowed) {
            return completed == patients && signedNotes == patients && vitals == patients && maxRss() <= limitMib
                    && desks.stream().allMatch(d -> d.lastHour() <= d.firstHour() * (1 + growthAllowed));
        }

        public String summary(double growthAllowed) {
            StringBuilder s = new StringBuilder(String.format("day: %s patients=%d store=%d completed=%d signed=%d "
                    + "limit=%.0fMiB", passed(growthAllowed) ? "PASS" : "FAIL", patients, storePatients, completed,
                    signedNotes, limitMib));
            for (Memory d : desks) {
                s.append(String.format(" %s=%.0f->%.0f(max %.0f)MiB", d.role(), d.firstHour(), d.lastHour(), d.max()));
            }
            return s.append(String.format(" took=%ds", took.toSeconds())).toString();
        }
    }

    private final Path dir;
    private final PrintWriter log;
    private final Path logDir;
    private final Path kept;

    /** A day on a clinic prepared afresh in {@code dir}. */
    public DayCampaign(Path dir, PrintWriter log, Path logDir) {
        this(dir, log, logDir, null);
    }

    /**
     * A day on a copy of the clinic kept in {@code kept} (prepared there on the first run, or again when the schema
     * changed or its server database is gone; see {@link PreparedClinic}).
     */
    public DayCampaign(Path dir, PrintWriter log, Path logDir, Path kept) {
        this.dir = dir;
        this.log = log;
        this.logDir = logDir;
        this.kept = kept;
    }

    public Result run(int patients, int storePatients, double limitMib, long paceMillis, Duration longest) throws Exception {
        long started = System.nanoTime();
        if (System.getProperty("clinicdesk.keyDir") == null) {
            System.setProperty("clinicdesk.keyDir", dir.resolve("keys").toString());
        }
        try (CentralTestDatabase central = clinic(storePatients)) {
            log.printf("clinic ready after %d s; starting the day%n", secondsSince(started));
            String options = launcherOptions();
            Map<String, Process> desks = new LinkedHashMap<>();
            for (String role : ROLES) {
                desks.put(role, start(role, patients, options, paceMillis));
            }
            Map<String, List<long[]>> samples = sample(desks, longest);
            for (Map.Entry<String, Process> desk : desks.entrySet()) {
                if (desk.getValue().exitValue() != 0) {
                    throw new IllegalStateException("desk " + desk.getKey() + " failed (exit " + desk.getValue().exitValue()
                            + "); see " + logDir.resolve("day-" + desk.getKey() + ".log"));
                }
            }
            List<Memory> memory = new ArrayList<>();
            for (Map.Entry<String, List<long[]>> e : samples.entrySet()) {
                memory.add(memory(e.getKey(), e.getValue()));
            }
            long[] counts = counts(central);
            return new Result(patients, storePatients, counts[0], counts[1], counts[2], memory, limitMib,
                    Duration.ofNanos(System.nanoTime() - started), options);
        }
    }

    /** The clinic the day runs on, in {@code dir}: prepared afresh, or copied from the kept one. */
    private CentralTestDatabase clinic(int storePatients) throws IOException {
        if (kept == null) {
            CentralTestDatabase central = CentralTestDatabase.create();
            try {
                prepare(central, storePatients, dir);
            } catch (RuntimeException e) {
                central.close();
                throw e;
            }
            return central;
        }
        return new PreparedClinic(kept, storePatients, log).copyTo(dir, (central, where) -> prepare(central, storePatients, where));
    }

    /** Reception's store with the register, pushed; the nurse's and doctor's desks joined and caught up. */
    private void prepare(CentralTestDatabase central, int storePatients, Path where) {
        SiteCode a = SiteCode.of("A");
        try (Workstore reception = open(where, "A", central)) {
            var admin = reception.services().users().addFirstAdmin("admin", DemoSetup.PASSWORD.toCharArray(), a);
            DemoSetup.addStaff(reception.services(), new Actor(admin.id(), admin.username(), Role.ADMIN, a),
                    DemoSetup.PASSWORD.toCharArray());
            LocalStore store = reception.services().store();
            long t = System.nanoTime();
            fill(store, storePatients);
            log.printf("reception store filled with %d patients in %d s%n", storePatients, secondsSince(t));
            t = System.nanoTime();
            var report = new SyncEngine(store, CentralSettings.stored(reception.services().store()).orElseThrow()).syncOnce();
            log.printf("reception pushed %d changes in %d s%n", report.pushed(), secondsSince(t));
            compact(store);
        }
        for (String site : List.of("B", "C")) {
            try (Workstore desk = open(where, site, central)) {
                long t = System.nanoTime();
                var report = new SyncEngine(desk.services().store(), CentralSettings.stored(desk.services().store()).orElseThrow())
                        .syncOnce();
                log.printf("desk %s joined: pulled %d rows in %d s%n", site, report.pulled(), secondsSince(t));
                compact(desk.services().store());
            }
        }
    }

    /**
     * A register grown over years has been compacted by H2 as it went; one filled in minutes carries half a file of
     * dead chunks, which H2's background writer would rewrite during the day while holding the store's lock (every
     * transaction's checkpoint then waits: 5 s per patient at reception in a first run). So the store is compacted
     * once before the day, as it is closed.
     */
    private void compact(LocalStore store) {
        long t = System.nanoTime();
        try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() == 90121) { // "database is already closed": the shutdown's own connection reports it
                log.printf("store %s compacted in %d s%n", store.dataDir().getFileName(), secondsSince(t));
                return;
            }
            throw new IllegalStateException("could not compact " + store.dataDir() + ": " + e.getMessage(), e);
        }
        log.printf("store %s compacted in %d s%n", store.dataDir().getFileName(), secondsSince(t));
    }

    private Workstore open(Path where, String site, CentralTestDatabase central) {
        Path data = where.resolve("desk-" + site);
        Workstore store = LocalWorkstore.opener(Clock.systemUTC()).open(data);
        store.recoveryKeyShown();
        if (store.siteSettings().isEmpty()) {
            store.initialise(new SiteSettings(SiteCode.of(site), "Day Clinic", clinic));
            CentralServer server = central.site(clinic, site, central.url());
            CentralSettings.save(store.services().store(), server);
        }
        return store;
    }

    /** The benchmarks' generated register, 1,000 patients per transaction; UHIDs continue after them. */
    private static void fill(LocalStore store, int patients) {
        Random random = new Random(42);
        SiteCode site = SiteCode.of("A");
        for (int start = 0; start < patients; start += 1_000) {
            int from = start;
            int to = Math.min(patients, start + 1_000);
            store.context().tx().run(() -> {
                for (long serial = from + 1; serial <= to; serial++) {
                    store.patients().save(GeneratedPatients.patient(store.context().ids().newId(), site, serial, random));
                }
            });
        }
        try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("MERGE INTO sequence_counter (name, last_value) KEY (name) VALUES ('uhid', " + patients + ")");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Process start(String role, int patients, String options, long paceMillis) throws IOException {
        String site = switch (role) {
            case "reception" -> "A";
            case "nurse" -> "B";
            default -> "C";
        };
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options.split("\\s+")));
        // diagnostics only (e.g. -XX:NativeMemoryTracking=summary), after the launcher's options
        String extra = System.getProperty("clinicdesk.campaign.deskJvmOptions", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.add("-Dclinicdesk.keyDir=" + System.getProperty("clinicdesk.keyDir"));
        command.add("-Dclinicdesk.campaign.paceMillis=" + paceMillis);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), DayDesk.class.getName(), role,
                dir.resolve("desk-" + site).toString(), Integer.toString(patients)));
        Path out = logDir.resolve("day-" + role + ".log");
        log.printf("desk %s: %s%n", role, String.join(" ", command.subList(0, command.size() - 5)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    }

    /** VmRSS of every desk twice a second until all have exited (at most {@code longest}). */
    private Map<String, List<long[]>> sample(Map<String, Process> desks, Duration longest)
            throws IOException, InterruptedException {
        Map<String, List<long[]>> samples = new LinkedHashMap<>();
        desks.keySet().forEach(role -> samples.put(role, new ArrayList<>()));
        long deadline = System.nanoTime() + longest.toNanos();
        while (desks.values().stream().anyMatch(Process::isAlive)) {
            if (System.nanoTime() > deadline) {
                desks.values().forEach(Process::destroyForcibly);
                throw new IllegalStateException("the day did not end within " + longest + " (a visit stuck on the way? "
                        + "see the desks' logs in " + logDir + ")");
            }
            for (Map.Entry<String, Process> desk : desks.entrySet()) {
                boolean ready = Files.exists(dir.resolve("ready-" + desk.getKey()));
                rss(desk.getValue().pid()).ifPresent(kib -> samples.get(desk.getKey())
                        .add(new long[] {System.nanoTime(), kib, ready ? 1 : 0}));
            }
            Thread.sleep(500);
        }
        for (Map.Entry<String, List<long[]>> e : samples.entrySet()) {
            StringBuilder line = new StringBuilder("rss " + e.getKey() + " MiB:");
            for (long[] s : e.getValue()) {
                line.append(s[2] == 1 ? " " : " (warm-up)").append(s[1] / 1024);
            }
            log.println(line);
        }
        return samples;
    }

    private static java.util.Optional<Long> rss(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return java.util.Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (java.nio.file.NoSuchFileException | java.io.UncheckedIOException exited) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty(); // a zombie has no VmRSS line
    }

    /**
     * The day (from the desk's first patient done to its exit) in eight "hours" of equal length: the first and the last one's
     * mean, and the peak over the whole run including the store's opening.
     */
    private static Memory memory(String role, List<long[]> all) {
        List<long[]> samples = all.stream().filter(s -> s[2] == 1).toList();
        if (samples.isEmpty()) {
            throw new IllegalStateException("no memory samples of desk " + role + " during its day");
        }
        long start = samples.get(0)[0];
        long end = samples.get(samples.size() - 1)[0];
        long hour = Math.max(1, (end - start) / 8);
        double first = samples.stream().filter(s -> s[0] <= start + hour).mapToLong(s -> s[1]).average().orElse(0);
        double last = samples.stream().filter(s -> s[0] >= end - hour).mapToLong(s -> s[1]).average().orElse(0);
        double max = all.stream().mapToLong(s -> s[1]).max().orElse(0);
        return new Memory(role, samples.get(0)[1] / 1024.0, first / 1024, last / 1024, max / 1024, samples.size());
    }

    /** Completed visits, signed notes and vitals of today on the central server. */
    private static long[] counts(CentralTestDatabase central) throws SQLException {
        try (Connection c = central.admin().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM queue_entry WHERE status = 'COMPLETED'), "
                     + "(SELECT count(*) FROM soap_note WHERE status = 'SIGNED'), (SELECT count(*) FROM vitals)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    /** The JVM options of the {@code ./clinicdesk} launcher's exec line (what the installed package uses too). */
    public static String launcherOptions() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("clinicdesk"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("the ./clinicdesk launcher was not found above " + Path.of("").toAbsolutePath());
        }
        Matcher m = LAUNCHER.matcher(Files.readString(dir.resolve("clinicdesk")));
        if (!m.find()) {
            throw new IllegalStateException("could not read the JVM options from " + dir.resolve("clinicdesk"));
        }
        return m.group(1).trim();
    }

    private static long secondsSince(long nanos) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - nanos);
    }

    /** {@code scripts/campaign day [PATIENTS] [STORE_PATIENTS]}: one summary line; logs under target/campaign/. */
    public static void main(String[] args) throws Exception {
        int patients = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int store = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path out = Path.of("target/campaign").toAbsolutePath();
        Files.createDirectories(out);
        Path logFile = out.resolve("day-" + LocalDate.now() + ".log");
        Path work = Files.createTempDirectory("clinicdesk-day");
        Result result;
        double growth = 0.10;
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile), true)) {
            result = new DayCampaign(work, log, out, out.resolve("clinic-" + store)).run(patients, store, 350, 100, Duration.ofHours(3));
            log.println("JVM options: " + result.jvmOptions());
            log.println(result.summary(growth));
        } finally {
            deleteTree(work);
        }
        System.out.println(result.summary(growth) + " log=" + logFile);
        System.exit(result.passed(growth) ? 0 : 1);
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
