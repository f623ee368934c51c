package org.clinicdesk.storage.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.db.StoreDatabase;
import org.clinicdesk.storage.keys.KeyFolder;
import org.clinicdesk.storage.keys.StoreAccess;
import org.flywaydb.core.Flyway;

/**
 * Not a unit test: what encryption at rest costs. Fills an encrypted store with patients (default 100,000), copies
 * its rows (SCRIPT / RUNSCRIPT) into a new encrypted store and a new plain one written the same way, then in one run
 * opens each, alternating (pool, Flyway check, first query, each step timed; the file's pages read and, for the
 * encrypted one, decrypted) and runs the same patient search range queries on each, printing open time and search
 * p50/p95 with encryption against without, as ratios (target at most 1.3x). The filled store itself (its file also
 * holds the history of its commits) is opened alongside and shown against the plain copy, for comparison.
 * Run with {@code scripts/bench store [PATIENTS] [DIR]} (DIR: keep the stores there, and reuse them next time).
 */
public final class StoreEncryptionBenchmark {
    private static final int OPENS = 9;
    private static final int RUNS = 300;

    private StoreEncryptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int patients = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        // A second argument reuses the stores an earlier run made there (they take minutes to make).
        Path root = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("clinicdesk-bench-store");
        Path filled = root.resolve("filled");
        Path encrypted = root.resolve("encrypted");
        Path plain = root.resolve("plain");
        StoreAccess access = StoreAccess.with(new KeyFolder(root.resolve("keys")));
        long t0 = System.nanoTime();
        boolean made = !Files.exists(StoreDatabase.file(plain));
        if (made) {
            make(patients, filled, encrypted, plain, access);
        }
        String password;
        try (LocalStore store = LocalStore.open(filled, Clock.systemUTC(), access)) {
            password = store.unlockedWith().dataKey().databasePassword();
        }
        PatientSearchBenchmark.report("%d patients in an encrypted store, copied into an encrypted and a plain store the "
                        + "same way, %s in %d s (%s); files: filled %d MB, encrypted copy %d MB, plain copy %d MB%n",
                patients, made ? "made" : "reused", (System.nanoTime() - t0) / 1_000_000_000L, root,
                mb(StoreDatabase.file(filled)), mb(StoreDatabase.file(encrypted)), mb(StoreDatabase.file(plain)));

        List<String> texts = queries(patients);
        Open[] openPlain = new Open[OPENS];
        Open[] openEncrypted = new Open[OPENS];
        Open[] openFilled = new Open[OPENS];
        open(StoreDatabase.plainJdbcUrl(plain), "sa", ""); // warm-up: class loading and JIT for neither side's count
        open(StoreDatabase.jdbcUrl(encrypted), StoreDatabase.USER, password);
        for (int i = 0; i < OPENS; i++) { // alternated, so neither gets a warmer disk cache or JIT than the other
            if (i % 2 == 0) {
                openPlain[i] = open(StoreDatabase.plainJdbcUrl(plain), "sa", "");
                openEncrypted[i] = open(StoreDatabase.jdbcUrl(encrypted), StoreDatabase.USER, password);
            } else {
                openEncrypted[i] = open(StoreDatabase.jdbcUrl(encrypted), StoreDatabase.USER, password);
                openPlain[i] = open(StoreDatabase.plainJdbcUrl(plain), "sa", "");
            }
            openFilled[i] = open(StoreDatabase.jdbcUrl(filled), StoreDatabase.USER, password);
        }
        long[] searchPlain = new long[texts.size()];
        long[] searchEncrypted = new long[texts.size()];
        try (HikariDataSource p = pool(StoreDatabase.plainJdbcUrl(plain), "sa", "");
             HikariDataSource e = pool(StoreDatabase.jdbcUrl(encrypted), StoreDatabase.USER, password)) {
            for (String t : texts) { // warm-up: JIT, statement preparation
                query(p, t);
                query(e, t);
            }
            for (int i = 0; i < texts.size(); i++) { // interleaved, first one side then the other
                boolean plainFirst = i % 2 == 0;
                long first = timed(plainFirst ? p : e, texts.get(i));
                long second = timed(plainFirst ? e : p, texts.get(i));
                searchPlain[i] = plainFirst ? first : second;
                searchEncrypted[i] = plainFirst ? second : first;
            }
        }
        long localStoreOpen;
        try (LocalStore store = LocalStore.open(filled, Clock.systemUTC(), access)) {
            localStoreOpen = store.openTimings().totalMillis();
        }
        PatientSearchBenchmark.report("%-34s %12s %12s %8s%n", "", "plain", "encrypted", "ratio");
        row("open (median of " + OPENS + ")", Open.median(openPlain, Open::total), Open.median(openEncrypted, Open::total));
        row("  connect (file opened)", Open.median(openPlain, Open::connect), Open.median(openEncrypted, Open::connect));
        row("  Flyway validate", Open.median(openPlain, Open::flyway), Open.median(openEncrypted, Open::flyway));
        row("  first query", Open.median(openPlain, Open::query), Open.median(openEncrypted, Open::query));
        row("search p50", PatientSearchBenchmark.percentile(searchPlain, 50) * 1_000_000,
                PatientSearchBenchmark.percentile(searchEncrypted, 50) * 1_000_000);
        row("search p95", PatientSearchBenchmark.percentile(searchPlain, 95) * 1_000_000,
                PatientSearchBenchmark.percentile(searchEncrypted, 95) * 1_000_000);
        row("open, filled store vs plain copy", Open.median(openPlain, Open::total),
                Open.median(openFilled, Open::total));
        PatientSearchBenchmark.report("LocalStore.open of the filled encrypted store (unwrap, pool, Flyway, Hibernate): "
                + "%d ms%n", localStoreOpen);
    }

    private static void make(int patients, Path filled, Path encrypted, Path plain, StoreAccess access)
            throws Exception {
        Files.createDirectories(encrypted);
        Files.createDirectories(plain);
        String password;
        try (LocalStore store = LocalStore.open(filled, Clock.systemUTC(), access)) {
            store.initialise(new SiteSettings(new SiteCode("A"), "Benchmark Clinic", UUID.randomUUID()));
            PatientSearchBenchmark.fill(store, 0, patients, new Random(42));
            password = store.unlockedWith().dataKey().databasePassword();
        }
        // Like for like: both sides are written the same way from the same script (the filled store's file also
        // holds the history of 100,000 commits, which a fresh copy does not), and differ only by CIPHER=AES.
        Path script = filled.resolveSibling("copy.sql");
        try (Connection c = DriverManager.getConnection(StoreDatabase.jdbcUrl(filled), StoreDatabase.USER, password);
             Statement st = c.createStatement()) {
            st.execute("SCRIPT TO '" + script + "'");
        }
        copy(script, StoreDatabase.jdbcUrl(encrypted), StoreDatabase.USER, password);
        copy(script, StoreDatabase.plainJdbcUrl(plain), "sa", "");
        try (Connection c = DriverManager.getConnection(StoreDatabase.plainJdbcUrl(plain), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("ALTER USER SA SET PASSWORD ''");
        }
        Files.delete(script);
    }

    private static void copy(Path script, String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + script + "'");
        }
    }

    private static long mb(Path file) throws java.io.IOException {
        return Files.size(file) / (1024 * 1024);
    }

    /** One open's steps, in nanoseconds. */
    private record Open(long connect, long flyway, long query) {
        long total() {
            return connect + flyway + query;
        }

        static double median(Open[] opens, java.util.function.ToLongFunction<Open> step) {
            long[] sorted = Arrays.stream(opens).mapToLong(step).sorted().toArray();
            return sorted[sorted.length / 2];
        }
    }

    private static void row(String label, double plainNanos, double encryptedNanos) {
        PatientSearchBenchmark.report("%-34s %10.2fms %10.2fms %7.2fx%n", label, plainNanos / 1e6, encryptedNanos / 1e6,
                encryptedNanos / plainNanos);
    }

    /**
     * Pool (its first connection opens the file), Flyway's check of the schema history, and a first query over the
     * patients: what a desk waits for, step by step.
     */
    private static Open open(String url, String user, String password) throws SQLException {
        long start = System.nanoTime();
        try (HikariDataSource ds = pool(url, user, password)) {
            long connected = System.nanoTime();
            Flyway.configure().dataSource(ds).locations(StoreDatabase.MIGRATIONS).outOfOrder(true).load().validate();
            long validated = System.nanoTime();
            try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*), MAX(full_name_search) FROM patient")) {
                rs.next();
            }
            long queried = System.nanoTime();
            return new Open(connected - start, validated - connected, queried - validated); // closing closes the file
        }
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    private static List<String> queries(int patients) {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            String given = PatientSearchBenchmark.GIVEN[random.nextInt(PatientSearchBenchmark.GIVEN.length)];
            texts.add("n" + given.substring(0, 3).toLowerCase(Locale.ROOT));
            texts.add("u" + String.format("A-%06d", 1 + random.nextInt(patients)).substring(0, 6));
            texts.add("p" + PatientSearchBenchmark.phone(random).substring(0, 6));
        }
        return texts;
    }

    private static long timed(HikariDataSource ds, String text) throws SQLException {
        long start = System.nanoTime();
        query(ds, text);
        return System.nanoTime() - start;
    }

    private static void query(HikariDataSource ds, String tagged) throws SQLException {
        String column = switch (tagged.charAt(0)) {
            case 'n' -> "full_name_search";
            case 'u' -> "uhid";
            default -> "phone_digits";
        };
        String prefix = tagged.substring(1);
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT * FROM patient WHERE "
                + column + " >= ? AND " + column + " < ? AND deleted = FALSE ORDER BY " + column + " LIMIT 20")) {
            ps.setString(1, prefix);
            ps.setString(2, prefix + Character.MAX_VALUE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }
    }
}
