package org.clinicdesk.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Draws test inputs from one seed, leaning towards the edges (the bounds, zero, empty and longest) about one draw in
 * eight; a failing case is not shrunk. Every case makes its own, so no state passes from one seed to the next.
 */
public final class Gen {
    private static final int EDGE_ONE_IN = 8;
    private final long seed;
    private final Random random;

    public Gen(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    public long seed() {
        return seed;
    }

    /** Names the case: "seed N". */
    @Override
    public String toString() {
        return "seed " + seed;
    }

    /** The underlying generator, for shuffles and the like. */
    public Random random() {
        return random;
    }

    public boolean bool() {
        return random.nextBoolean();
    }

    /** An int in [min, max]. */
    public int ints(int min, int max) {
        return (int) longs(min, max);
    }

    /** A long in [min, max]: min, max, their neighbours or zero when an edge is drawn. */
    public long longs(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        if (random.nextInt(EDGE_ONE_IN) == 0) {
            long[] edges = {min, max, Math.min(max, min + 1), Math.max(min, max - 1), Math.max(min, Math.min(max, 0))};
            return edges[random.nextInt(edges.length)];
        }
        return max == Long.MAX_VALUE ? random.nextLong(min, max) : random.nextLong(min, max + 1);
    }

    /** A double in [min, max], the bounds included as edges. */
    public double doubles(double min, double max) {
        if (random.nextInt(EDGE_ONE_IN) == 0) {
            return random.nextBoolean() ? min : max;
        }
        return min + random.nextDouble() * (max - min);
    }

    @SafeVarargs
    public final <T> T oneOf(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    public <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    public <E extends Enum<E>> E oneOf(Class<E> type) {
        return oneOf(type.getEnumConstants());
    }

    /** Between minSize and maxSize values from the supplier. */
    public <T> List<T> listOf(int minSize, int maxSize, Supplier<T> element) {
        int size = ints(minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    /** Text of minLength to maxLength characters, each taken from the alphabet. */
    public String strings(String alphabet, int minLength, int maxLength) {
        int length = ints(minLength, maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Half the time up to maxWords of the given words between spaces, otherwise {@link #anyText any text}. */
    public String wordsOrAnyText(List<String> words, int maxWords, int maxLength) {
        return random.nextBoolean() ? String.join(" ", listOf(0, maxWords, () -> oneOf(words))) : anyText(maxLength);
    }

    /**
     * Any text up to maxLength characters: printable ASCII, blanks and control characters, accented and Indic
     * letters, digits of other scripts, any other character of the basic plane and letters outside it.
     */
    public String anyText(int maxLength) {
        int length = ints(0, maxLength);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.appendCodePoint(anyCodePoint());
        }
        return text.toString();
    }

    private int anyCodePoint() {
        switch (random.nextInt(6)) {
            case 0: return oneOf(' ', '\t', '\n', '\r', '\u00a0', '\u2007', '\u0000', '\u007f', '\ufeff');
            case 1: return oneOf('é', 'ñ', 'ü', 'µ', '½', '×', '°', 'अ', 'ि', '०', '٣', '-', '.', ',', '/');
            case 2: {
                int c = random.nextInt(0x10000);
                return Character.isSurrogate((char) c) ? 'x' : c;
            }
            case 3: return 0x1F600 + random.nextInt(0x50);
            default: return 0x20 + random.nextInt(0x5F);
        }
    }
}
