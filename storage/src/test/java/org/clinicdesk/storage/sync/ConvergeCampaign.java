package org.clinicdesk.storage.sync;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * {@code scripts/campaign converge [N] [BASE]}: N fresh seeds (default 1,000) of {@link ConvergenceRun}, each from
 * nothing. Prints one summary line; each seed's line (and a failure's reason) goes to the log under target/campaign/.
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
        SplittableRandom seeds = new SplittableRandom(base);
        int failed = 0;
        int cuts = 0;
        int signedTwice = 0;
        StringBuilder failedSeeds = new StringBuilder();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            out.println("converge campaign: " + count + " seeds, base " + base + ", " + STEPS + " steps a seed");
            for (int i = 0; i < count; i++) {
                long seed = seeds.nextLong();
                Path work = Files.createTempDirectory(dir, "converge-");
                try {
                    ConvergenceRun.Stats stats = new ConvergenceRun(work, seed, STEPS).run();
                    cuts += stats.cuts().values().stream().mapToInt(Integer::intValue).sum();
                    signedTwice += stats.signedTwice();
                    out.println((i + 1) + " ok " + stats.line());
                } catch (Throwable failure) {
                    failed++;
                    failedSeeds.append(failedSeeds.length() == 0 ? "" : ",").append(seed);
                    out.println((i + 1) + " FAILED seed " + seed + ": " + failure);
                } finally {
                    try (Stream<Path> files = Files.walk(work)) {
                        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
            String summary = String.format("converge campaign %s: %d seeds, %d failed%s, %d syncs cut at phase "
                            + "boundaries, %d notes signed at two desks; base seed %d; log %s",
                    LocalDate.now(ZoneOffset.UTC), count, failed, failed == 0 ? "" : " (seeds " + failedSeeds + ")",
                    cuts, signedTwice, base, Path.of("").toAbsolutePath().relativize(log));
            out.println(summary);
            System.out.println(summary);
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
