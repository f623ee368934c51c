package org.clinicdesk.storage.sync;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code scripts/campaign converge [N] [BASE] [WORKERS]}: N fresh seeds (default 1,000) of {@link ConvergenceRun}, each
 * from nothing, WORKERS (default 1) at a time: a seed spends most of its time waiting on PostgreSQL, and each has its
 * own database, desks and folder, so seeds run side by side without meeting. The seeds are the same for any number of
 * workers. Prints one summary line; each seed's line (and a failure's reason) goes to the log under target/campaign/.
 * A failed seed replays alone with {@code scripts/test -Dtest=SyncConvergenceTest -Dconverge.seed=SEED}.
 */
public final class ConvergeCampaign {
    private static final int STEPS = 60;

    private ConvergeCampaign() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long base = args.length > 1 ? Long.parseLong(args[1]) : new SplittableRandom().nextLong();
        Path dir = Path.of("target", "campaign").toAbsolutePath();
        Files.createDirectories(dir);
        Path log = dir.resolve("converge-" + LocalDate.now(ZoneOffset.UTC) + "-"
                + Long.toHexString(System.currentTimeMillis()) + ".log");
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        SplittableRandom seeds = new SplittableRandom(base);
        int failed = 0;
        int cuts = 0;
        int signedTwice = 0;
        StringBuilder failedSeeds = new StringBuilder();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            out.println("converge campaign: " + count + " seeds, base " + base + ", " + STEPS + " steps a seed, "
                    + workers + " at a time");
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            java.util.List<Future<Outcome>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                long seed = seeds.nextLong();
                int index = i + 1;
                outcomes.add(pool.submit(() -> runSeed(dir, index, seed, out)));
            }
            pool.shutdown();
            for (Future<Outcome> f : outcomes) {
                Outcome outcome = f.get();
                if (outcome.stats() == null) {
                    failed++;
                    failedSeeds.append(failedSeeds.length() == 0 ? "" : ",").append(outcome.seed());
                } else {
                    cuts += outcome.stats().cuts().values().stream().mapToInt(Integer::intValue).sum();
                    signedTwice += outcome.stats().signedTwice();
                }
            }
            pool.awaitTermination(1, TimeUnit.MINUTES);
            String summary = String.format("converge campaign %s: %d seeds (%d at a time), %d failed%s, %d syncs cut at phase "
                            + "boundaries, %d notes signed at two desks; base seed %d; log %s",
                    LocalDate.now(ZoneOffset.UTC), count, workers, failed, failed == 0 ? "" : " (seeds " + failedSeeds + ")",
                    cuts, signedTwice, base, Path.of("").toAbsolutePath().relativize(log));
            out.println(summary);
            System.out.println(summary);
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    /** A seed's stats, or none when it failed. */
    private record Outcome(long seed, ConvergenceRun.Stats stats) {
    }

    private static Outcome runSeed(Path dir, int index, long seed, PrintWriter out) throws Exception {
        Path work = Files.createTempDirectory(dir, "converge-");
        try {
            ConvergenceRun.Stats stats = new ConvergenceRun(work, seed, STEPS).run();
            out.println(index + " ok " + stats.line());
            return new Outcome(seed, stats);
        } catch (Throwable failure) {
            out.println(index + " FAILED seed " + seed + ": " + failure);
            return new Outcome(seed, null);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
