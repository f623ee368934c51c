package org.clinicdesk.storage.ocr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Precision and recall of extracted fact keys against expected ones, counted as multisets. */
final class ExtractionScore {
    private int truePositives;
    private int predicted;
    private int expected;
    private final List<String> misses = new ArrayList<>();
    private final List<String> falseAlarms = new ArrayList<>();

    void add(String document, List<String> expectedKeys, List<String> predictedKeys) {
        Map<String, Integer> remaining = new HashMap<>();
        expectedKeys.forEach(k -> remaining.merge(k, 1, Integer::sum));
        for (String p : predictedKeys) {
            Integer left = remaining.get(p);
            if (left != null && left > 0) {
                remaining.put(p, left - 1);
                truePositives++;
            } else {
                falseAlarms.add(document + ": " + p);
            }
        }
        remaining.forEach((k, n) -> {
            for (int i = 0; i < n; i++) {
                misses.add(document + ": " + k);
            }
        });
        predicted += predictedKeys.size();
        expected += expectedKeys.size();
    }

    double precision() {
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    double recall() {
        return expected == 0 ? 0 : (double) truePositives / expected;
    }

    List<String> misses() {
        return misses;
    }

    List<String> falseAlarms() {
        return falseAlarms;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "precision %.3f recall %.3f (%d expected, %d predicted, %d correct)",
                precision(), recall(), expected, predicted, truePositives);
    }
}
