package org.clinicdesk.storage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.testing.GeneratedPatients;
import org.clinicdesk.storage.LocalStore;

/**
 * Not a unit test: fills a store with realistic patients (default 100,000) and prints p50/p95 of
 * {@code PatientRepository.search} by name prefix, UHID prefix and phone digits, each next to the same index range
 * queries in plain JDBC. Run with {@code scripts/bench search [PATIENTS] [DATA_DIR]}.
 */
public final class PatientSearchBenchmark {
    static final String[] GIVEN = GeneratedPatients.GIVEN;
    static final String[] FAMILY = GeneratedPatients.FAMILY;
    private static final int RUNS = 300;
    private static final int LIMIT = 20;

    private PatientSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int patients = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("clinicdesk-bench");
        Random random = new Random(42);
        try (LocalStore store = LocalStore.open(dir, Clock.systemUTC())) {
            store.initialise(new SiteSettings(new SiteCode("A"), "Benchmark Clinic", UUID.randomUUID()));
            long existing = store.patients().count();
            long t0 = System.nanoTime();
            fill(store, existing, patients, random);
            report("store opened in %s; filled %d patients in %d s (store holds %d)%n",
                    store.openTimings(), patients - existing, (System.nanoTime() - t0) / 1_000_000_000L,
                    store.patients().count());

            List<String> names = new ArrayList<>();
            List<String> uhids = new ArrayList<>();
            List<String> phones = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                String given = GIVEN[random.nextInt(GIVEN.length)];
                names.add(i % 2 == 0 ? given.substring(0, 3).toLowerCase(Locale.ROOT)
                        : given + " " + FAMILY[random.nextInt(FAMILY.length)].charAt(0));
                uhids.add(new Uhid(new SiteCode("A"), 1 + random.nextInt(patients)).value().substring(0, 7));
                phones.add(phone(random).substring(0, 6));
            }
            report("%-12s %10s %10s %10s %10s %8s%n", "query", "repo p50", "repo p95", "jdbc p50", "jdbc p95", "ratio");
            compare(store, "name prefix", names, jdbcName(store));
            compare(store, "uhid prefix", uhids, jdbcRange(store, "uhid", t -> t.toUpperCase(Locale.ROOT)));
            compare(store, "phone digits", phones, jdbcPhone(store));
        }
    }

    static void fill(LocalStore store, long existing, int target, Random random) {
        int batch = 1_000;
        for (long start = existing; start < target; start += batch) {
            long from = start;
            long to = Math.min(target, start + batch);
            store.context().tx().run(() -> {
                for (long serial = from + 1; serial <= to; serial++) {
                    store.patients().save(patient(store, serial, random));
                }
            });
        }
    }

    private static Patient patient(LocalStore store, long serial, Random random) {
        return GeneratedPatients.patient(store.context().ids().newId(), new SiteCode("A"), serial, random);
    }

    static String phone(Random random) {
        return GeneratedPatients.phone(random);
    }

    private interface Query {
        int run(String text) throws SQLException;
    }

    private static void compare(LocalStore store, String label, List<String> texts, Query jdbc) throws SQLException {
        long[] repo = time(texts, t -> store.patients().search(t, LIMIT).size());
        long[] plain = time(texts, jdbc);
        double repoP50 = percentile(repo, 50);
        double jdbcP50 = percentile(plain, 50);
        report("%-12s %8.2fms %8.2fms %8.2fms %8.2fms %7.1fx%n", label, repoP50, percentile(repo, 95), jdbcP50,
                percentile(plain, 95), repoP50 / jdbcP50);
    }

    private static long[] time(List<String> texts, Query query) throws SQLException {
        for (String t : texts) {
            query.run(t); // warm-up pass: JIT, caches, statement preparation
        }
        long[] nanos = new long[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            long start = System.nanoTime();
            query.run(texts.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    /** The same range scans the repository runs, in plain JDBC, reading every column of up to LIMIT rows. */
    private static Query jdbcRange(LocalStore store, String column, java.util.function.UnaryOperator<String> normalise) {
        return text -> rangeQuery(store, List.of(column), normalise.apply(text));
    }

    private static Query jdbcName(LocalStore store) {
        return text -> rangeQuery(store, List.of("full_name_search", "family_name_search"),
                text.toLowerCase(Locale.ROOT));
    }

    private static Query jdbcPhone(LocalStore store) {
        return text -> rangeQuery(store, List.of("phone_digits"), text)
                + rangeQuery(store, List.of("phone_digits_reversed"), new StringBuilder(text).reverse().toString());
    }

    private static int rangeQuery(LocalStore store, List<String> columns, String prefix) throws SQLException {
        int rows = 0;
        try (Connection c = store.dataSource().getConnection()) {
            for (String column : columns) {
                String sql = "SELECT * FROM patient WHERE " + column + " >= ? AND " + column + " < ? AND deleted = FALSE "
                        + "ORDER BY " + column + " LIMIT " + LIMIT;
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, prefix);
                    ps.setString(2, prefix + Character.MAX_VALUE);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getObject(1);
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    @SuppressWarnings("java:S106") // a benchmark's output is its report
    static void report(String format, Object... args) {
        Consumer<String> out = System.out::print;
        out.accept(String.format(Locale.ROOT, format, args));
    }
}
