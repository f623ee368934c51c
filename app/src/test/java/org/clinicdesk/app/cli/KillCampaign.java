package org.clinicdesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code scripts/campaign kill [N] [SEED]}: N rounds of {@link KilledImport} (default 1,000) against one store through
 * the real {@code ./clinicdesk}, each killed at a point drawn from its seed. Prints one summary line; every round's line
 * goes to the log under target/campaign/. A round that fails names its seed: {@code scripts/campaign kill 1 SEED}
 * replays its writes and kill point (the timing of a kill cannot be replayed exactly).
 */
public final class KillCampaign {
    private static final int FILES = 20;

    private KillCampaign() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long base = args.length > 1 ? Long.parseLong(args[1]) : new SplittableRandom().nextLong();
        Path dir = Path.of("target", "campaign").toAbsolutePath();
        Files.createDirectories(dir);
        String stamp = LocalDate.now(ZoneOffset.UTC) + "-" + Long.toHexString(System.currentTimeMillis());
        Path log = dir.resolve("kill-" + stamp + ".log");
        Path work = Files.createTempDirectory(dir, "kill-");
        int killed = 0;
        int acknowledged = 0;
        int lost = 0;
        int notOpened = 0;
        int auditBroken = 0;
        int otherProblems = 0;
        int stores = 0;
        KilledImport store = null;
        SplittableRandom seeds = new SplittableRandom(base);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            out.println("kill campaign: " + rounds + " rounds, base seed " + base + ", " + FILES + " files a round");
            for (int i = 0; i < rounds; i++) {
                if (store == null) {
                    store = freshStore(work.resolve("store" + (++stores)), work);
                }
                long seed = rounds == 1 && args.length > 1 ? base : seeds.nextLong();
                KilledImport.Outcome o = store.round(seed, FILES);
                out.println("round " + (i + 1) + ": " + o.line());
                killed += o.killed() ? 1 : 0;
                acknowledged += o.acknowledged();
                lost += o.lost().size();
                notOpened += o.opened() ? 0 : 1;
                auditBroken += o.opened() && !o.auditIntact() ? 1 : 0;
                otherProblems += o.problem().isEmpty() || !o.opened() ? 0 : 1;
                if (!o.opened()) {
                    store = null; // go on with a new store; this one stays in the work folder for a look
                }
            }
            String summary = String.format("kill campaign %s: %d SIGKILLs (%d landed while the import ran) through "
                            + "./clinicdesk import fhir, %d commits acknowledged, %d acknowledged commits lost, %d stores "
                            + "that did not open, %d broken audit chains, %d other problems; base seed %d; log %s",
                    LocalDate.now(ZoneOffset.UTC), rounds, killed, acknowledged, lost, notOpened, auditBroken,
                    otherProblems, base, Path.of("").toAbsolutePath().relativize(log));
            out.println(summary);
            System.out.println(summary);
            if (lost + notOpened + auditBroken + otherProblems > 0) {
                System.exit(1);
            }
        }
    }

    private static KilledImport freshStore(Path data, Path work) throws IOException, InterruptedException {
        ScriptProcess clinicdesk = new ScriptProcess(Map.of(CliEnvironment.DATA_DIR, data.toString(),
                CliEnvironment.USER, "admin", CliEnvironment.PASSWORD, "admin-pass-1"));
        var init = clinicdesk.run(ScriptProcess.FIRST_RUN, "init", "--site", "K", "--clinic", "Hill Clinic", "--admin",
                "admin");
        if (init.exit() != 0) {
            throw new IllegalStateException("init failed: " + init);
        }
        return new KilledImport(clinicdesk, data, work);
    }
}
