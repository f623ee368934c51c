package org.clinicdesk.storage.patient;

import java.text.Normalizer;
import java.util.Locale;

/** How names are normalised for the index and for the typed search text, identically on both sides. */
final class SearchText {
    private SearchText() {
    }

    /** Lower case, accents removed, single spaces: "José  Núñez" becomes "jose nunez". */
    static String name(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    /** The digits of typed text if it is a phone number (digits, spaces, dashes, brackets, +), else empty. */
    static String phoneDigits(String text) {
        if (!text.matches("\\+?[0-9 ()\\-.]+")) {
            return "";
        }
        return text.replaceAll("[^0-9]", "");
    }

    /** The smallest string greater than every string starting with {@code prefix}: the end of a range scan. */
    static String upperBound(String prefix) {
        return prefix + Character.MAX_VALUE;
    }
}
