package org.clinicdesk.core.patient;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How alike two names are, for duplicate warnings: case, accents, punctuation and word order are ignored, and
 * small spelling differences (Ramesh / Ramesh Kumar, Priya / Pria) still count as similar.
 */
public final class NameSimilarity {
    private NameSimilarity() {
    }

    public static String normalise(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String[] words = decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
        java.util.Arrays.sort(words);
        return String.join(" ", words);
    }

    /** 1.0 for the same name, towards 0.0 for unrelated names (normalised Levenshtein on sorted words). */
    public static double similarity(String a, String b) {
        return similarityOfNormalised(normalise(a), normalise(b));
    }

    /** As {@link #similarity}, for names already passed through {@link #normalise} (a whole-clinic check does it once). */
    public static double similarityOfNormalised(String x, String y) {
        if (x.isEmpty() && y.isEmpty()) {
            return 1.0;
        }
        if (x.contains(y) || y.contains(x)) {
            return Math.max(0.85, 1.0 - (double) levenshtein(x, y) / Math.max(x.length(), y.length()));
        }
        return 1.0 - (double) levenshtein(x, y) / Math.max(x.length(), y.length());
    }

    public static boolean similar(String a, String b) {
        return similarity(a, b) >= 0.8;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
