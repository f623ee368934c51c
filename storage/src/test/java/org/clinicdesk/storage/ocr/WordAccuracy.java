package org.clinicdesk.storage.ocr;

import java.util.Arrays;
import java.util.List;

/** Word accuracy as OCR evaluations count it: 1 - (word edit distance to the ground truth / ground-truth words). */
final class WordAccuracy {
    private WordAccuracy() {
    }

    static List<String> words(String text) {
        String plain = text.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', '\'')
                .replace('\u2019', '\'').replace('\u2014', '-').replace('\u2013', '-').replace("\ufb01", "fi")
                .replace("\ufb02", "fl");
        return Arrays.stream(plain.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    static double of(String truth, String read) {
        List<String> t = words(truth);
        List<String> r = words(read);
        int[] prev = new int[r.size() + 1];
        int[] cur = new int[r.size() + 1];
        for (int j = 0; j <= r.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= t.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= r.size(); j++) {
                int sub = prev[j - 1] + (t.get(i - 1).equals(r.get(j - 1)) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return Math.max(0, 1.0 - (double) prev[r.size()] / t.size());
    }
}
