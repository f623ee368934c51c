package org.clinicdesk.core.testing;

import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;

/**
 * The seeds a {@link SeededProperty} runs on: the same fixed ones in every run, so CI is reproducible, plus
 * {@code -Dclinicdesk.seeds=N} fresh random ones; {@code -Dclinicdesk.seed=S} runs seed S alone, to replay a failure.
 */
public final class Seeds {
    /** How many fresh random seeds to add to the fixed ones. */
    public static final String EXTRA = "clinicdesk.seeds";
    /** The one seed to replay instead of all the others. */
    public static final String REPLAY = "clinicdesk.seed";
    private static final long BASE = 0x0C11_1DE5_4C0DEL;

    private Seeds() {
    }

    /** {@code count} fixed seeds (the first {@code count} of one fixed sequence) and any extra random ones asked for. */
    public static LongStream of(int count) {
        String replay = System.getProperty(REPLAY, "").trim();
        if (!replay.isEmpty()) {
            return LongStream.of(Long.parseLong(replay));
        }
        // consecutive seeds give java.util.Random correlated first draws: spread the fixed ones out instead
        SplittableRandom fixed = new SplittableRandom(BASE);
        LongStream fixedSeeds = LongStream.generate(fixed::nextLong).limit(count);
        int extra = Integer.getInteger(EXTRA, 0);
        return LongStream.concat(fixedSeeds, ThreadLocalRandom.current().longs(extra));
    }
}
