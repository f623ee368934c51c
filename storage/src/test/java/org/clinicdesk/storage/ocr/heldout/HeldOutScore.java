package org.clinicdesk.storage.ocr.heldout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts one group of held-out papers (a fact kind, a scan quality, or all): a found fact equal to the truth in
 * every attribute is correct; a truth fact not found is missed; a found fact for the same thing as an unfound truth
 * fact but with another value (BP 150/94 read as 160/94), or asserting a denied diagnosis, or guessed from a
 * handwritten line is <b>dangerous</b> (counted apart from missed, and split into marked for checking or not);
 * any other found fact is an extra. Keys are compared exactly, but for the litre's letter: "250 mg/5 ml" printed on a
 * paper and "250 mg/5 mL" as the extractor writes the unit are one dose (decided after the third set's first measure
 * showed such doses counted as wrong values); everything else keeps its case (mU/L is not MU/L).
 */
final class HeldOutScore {
    private static final java.util.regex.Pattern LITRE = java.util.regex.Pattern.compile("(?<=[\\d\\s/])([mdcu]?)l\\b");

    /** A found fact as the score needs it: its key, and whether the reviewer is told to check it. */
    record Found(String key, boolean marked) {
    }

    int expected;
    int predicted;
    int correct;
    int dangerousMarked;
    int dangerousUnmarked;
    int extra;
    final List<String> notes = new ArrayList<>();

    /** Scores one paper's found facts against its truth, into its kind's score and each of {@code alsoInto}. */
    static void score(String paper, HeldOutTruth truth, List<Found> found, Map<String, HeldOutScore> byKind,
                      List<HeldOutScore> alsoInto) {
        Map<String, Integer> remaining = new HashMap<>();
        truth.facts().forEach(k -> remaining.merge(same(k), 1, Integer::sum));
        Map<String, String> printed = new HashMap<>();
        truth.facts().forEach(k -> printed.putIfAbsent(same(k), k));
        truth.facts().forEach(k -> each(byKind, k, alsoInto, s -> s.expected++));
        List<Found> unmatched = new ArrayList<>();
        for (Found f : found) {
            each(byKind, f.key(), alsoInto, s -> s.predicted++);
            Integer left = remaining.get(same(f.key()));
            if (left != null && left > 0) {
                remaining.put(same(f.key()), left - 1);
                each(byKind, f.key(), alsoInto, s -> s.correct++);
            } else {
                unmatched.add(f);
            }
        }
        for (Found f : unmatched) {
            String id = same(identity(f.key()));
            String why = null;
            String missedTwin = remaining.entrySet().stream().filter(e -> e.getValue() > 0 && same(identity(e.getKey())).equals(id))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (missedTwin != null) {
                remaining.merge(missedTwin, -1, Integer::sum);
                why = "wrong value (truth " + printed.get(missedTwin) + ")";
            } else if (truth.denied().stream().anyMatch(d -> same(d).equals(same(f.key())))) {
                why = "asserts what the paper denies";
            } else if (truth.guesses().stream().anyMatch(g -> same(g).equals(id))) {
                why = "guessed from the handwritten line";
            }
            if (why == null) {
                each(byKind, f.key(), alsoInto, s -> s.extra++);
                String note = paper + ": extra " + f.key();
                each(byKind, f.key(), alsoInto, s -> s.notes.add(note));
            } else {
                String note = paper + ": DANGEROUS " + (f.marked() ? "marked" : "UNMARKED") + " " + f.key() + " - " + why;
                each(byKind, f.key(), alsoInto, s -> s.notes.add(note));
                each(byKind, f.key(), alsoInto, s -> {
                    if (f.marked()) {
                        s.dangerousMarked++;
                    } else {
                        s.dangerousUnmarked++;
                    }
                });
            }
        }
        remaining.forEach((k, n) -> {
            for (int i = 0; i < n; i++) {
                String note = paper + ": missed " + printed.get(k);
                each(byKind, k, alsoInto, s -> s.notes.add(note));
            }
        });
    }

    private static void each(Map<String, HeldOutScore> byKind, String key, List<HeldOutScore> also,
                             java.util.function.Consumer<HeldOutScore> f) {
        f.accept(byKind.computeIfAbsent(kind(key), k -> new HeldOutScore()));
        also.forEach(f);
    }

    /** The key as compared: the litre's letter of a unit (ml, dl, l after a number or a slash) written L. */
    static String same(String key) {
        return LITRE.matcher(key).replaceAll("$1L");
    }


    /** What a fact is about, without its value: MED|name, BP, VITAL|kind, LAB|test, DX|name, DATE|role. */
    static String identity(String key) {
        String[] p = key.split("\\|");
        String kind = p[0].toUpperCase(Locale.ROOT);
        return switch (kind) {
            case "BP" -> "BP";
            case "DATE" -> "DATE|" + p[2];
            default -> kind + "|" + p[1];
        };
    }

    static String kind(String key) {
        return key.substring(0, key.indexOf('|') < 0 ? key.length() : key.indexOf('|')).toUpperCase(Locale.ROOT);
    }

    double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    double recall() {
        return expected == 0 ? 0 : (double) correct / expected;
    }

    String row(String label) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %d | %d | %d | %d |", label, expected,
                predicted, correct, precision(), recall(), expected - correct, dangerousMarked, dangerousUnmarked, extra);
    }

    static String header(String first) {
        return "| " + first + " | expected | found | correct | precision | recall | missed (wrong included) | dangerous, marked "
                + "| dangerous, NOT marked | extra |\n|---|---|---|---|---|---|---|---|---|---|";
    }

    static Map<String, HeldOutScore> sorted(Map<String, HeldOutScore> m) {
        return new TreeMap<>(m);
    }
}
