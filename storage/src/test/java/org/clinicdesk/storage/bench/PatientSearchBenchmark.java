package org.clinicdesk.storage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.clinicdesk.storage.patient.JdbcPatientSearch;

/**
 * Not a unit test: fills a store with realistic patients (default 100,000) and prints p50/p95 of
 * {@code PatientRepository.search} by name prefix, UHID prefix and phone digits, each next to the same search in plain
 * JDBC ({@link org.clinicdesk.storage.patient.JdbcPatientSearch}: same ranges, limit and mapping to a Patient). Run with {@code scripts/bench search [PATIENTS] [DATA_DIR]}.
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
            if (store.siteSettings().isEmpty()) {
                store.initialise(new SiteSettings(new SiteCode("A"), "Benchmark Clinic", UUID.randomUUID()));
            }
            long existing = store.patients().count();
            long t0 = System.nanoTime();
            if (existing < patients) {
                fill(store, existing, patients, random);
            }
            report("store opened in %s; filled %d patients in %d s (store holds %d)%n",
                    store.openTimings(), Math.max(0, patients - existing), (System.nanoTime() - t0) / 1_000_000_000L,
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
            JdbcPatientSearch jdbc = new JdbcPatientSearch(store.dataSource());
            report("%-12s %10s %10s %10s %10s %8s  (limit %d; both map every hit to a Patient)%n", "query",
                    "repo p50", "repo p95", "jdbc p50", "jdbc p95", "ratio", LIMIT);
            compare(store, "name prefix", names, t -> jdbc.search(t, LIMIT).size());
            compare(store, "uhid prefix", uhids, t -> jdbc.search(t, LIMIT).size());
            compare(store, "phone digits", phones, t -> jdbc.search(t, LIMIT).size());
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
        List<Integer> repoHits = new ArrayList<>();
        List<Integer> jdbcHits = new ArrayList<>();
        for (String t : texts) {
            repoHits.add(store.patients().search(t, LIMIT).size());
            jdbcHits.add(jdbc.run(t));
        }
        if (!repoHits.equals(jdbcHits)) {
            throw new IllegalStateException(label + ": the two searches found different numbers of patients");
        }
        Query repository = t -> store.patients().search(t, LIMIT).size();
        time(texts, repository, jdbc, new long[texts.size()], new long[texts.size()]); // warm-up: JIT, caches
        long[] repo = new long[texts.size()];
        long[] plain = new long[texts.size()];
        time(texts, repository, jdbc, repo, plain);
        double repoP50 = percentile(repo, 50);
        double jdbcP50 = percentile(plain, 50);
        report("%-12s %8.2fms %8.2fms %8.2fms %8.2fms %7.1fx%n", label, repoP50, percentile(repo, 95), jdbcP50,
                percentile(plain, 95), repoP50 / jdbcP50);
    }

    /** Each text by both, one after the other, the first alternating: load from other work falls on both alike. */
    private static void time(List<String> texts, Query a, Query b, long[] aNanos, long[] bNanos) throws SQLException {
        for (int i = 0; i < texts.size(); i++) {
            if (i % 2 == 0) {
                aNanos[i] = nanos(a, texts.get(i));
                bNanos[i] = nanos(b, texts.get(i));
            } else {
                bNanos[i] = nanos(b, texts.get(i));
                aNanos[i] = nanos(a, texts.get(i));
            }
        }
    }

    private static long nanos(Query query, String text) throws SQLException {
        long start = System.nanoTime();
        query.run(text);
        return System.nanoTime() - start;
    }

    static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    @SuppressWarnings("java:S106") // a benchmark's output is its report
    static void report(String format, Object... args) {
        Consumer<String> out = System.out::print;
        out.accept(String.format(Locale.ROOT, format, args));
    }
}
