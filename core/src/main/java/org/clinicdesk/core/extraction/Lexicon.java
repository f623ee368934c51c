package org.clinicdesk.core.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small vocabulary loaded from a resource: each entry a canonical name, optional code columns and the other
 * names it is printed under. Short aliases (three letters or fewer) only match in the case the resource writes
 * them ("HTN", "Hb", "K"), because short lower-case words in prose are more often noise; longer names match in any
 * case.
 */
final class Lexicon {
    record Entry(String name, List<String> columns, List<String> aliases) {
    }

    record Match(Entry entry, int start, int end, boolean exact) {
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byAlias = new HashMap<>();
    private final java.util.Set<String> shortForms = new java.util.HashSet<>();
    private final Pattern pattern;

    private Lexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            e.aliases().forEach(a -> byAlias.putIfAbsent(normalise(a), e));
            e.aliases().stream().filter(a -> a.length() <= 3).forEach(shortForms::add);
        }
        String alternation = byAlias.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(a -> Pattern.quote(a).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE);
    }

    /** Loads {@code name|col1|...|alias|alias} lines; {@code codeColumns} says how many columns follow the name. */
    static Lexicon load(String resource, int codeColumns) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            List<Entry> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split("\\|");
                List<String> columns = List.of(parts).subList(1, 1 + codeColumns);
                List<String> aliases = new ArrayList<>();
                aliases.add(parts[0]);
                aliases.addAll(List.of(parts).subList(1 + codeColumns, parts.length));
                entries.add(new Entry(parts[0], columns, aliases));
            }
            return new Lexicon(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Entry> entries() {
        return entries;
    }

    Optional<Entry> lookup(String alias) {
        return Optional.ofNullable(byAlias.get(normalise(alias)));
    }

    /** Every exact mention in {@code text[from, to)}, longest name first where they overlap. */
    List<Match> find(String text, int from, int to) {
        List<Match> found = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            String matched = m.group();
            if (matched.length() <= 3 && !shortForms.contains(matched)) {
                continue;
            }
            lookup(matched).ifPresent(e -> found.add(new Match(e, m.start(), m.end(), true)));
        }
        return found;
    }

    /**
     * Single words within one or two edits of a long name: OCR turns "Amoxicillin" into "Arnoxicillin". Only words
     * of six letters or more are tried, so short words never turn into drugs.
     */
    List<Match> findApproximate(String text, int from, int to, List<Match> exact) {
        List<Match> found = new ArrayList<>();
        Matcher words = Pattern.compile("[\\p{L}][\\p{L}\\-]{5,}").matcher(text).region(from, to);
        while (words.find()) {
            int s = words.start();
            if (exact.stream().anyMatch(x -> x.start() <= s && s < x.end())) {
                continue;
            }
            String word = words.group().toLowerCase(Locale.ROOT);
            int allowed = word.length() >= 10 ? 2 : 1;
            byAlias.entrySet().stream()
                    .filter(a -> a.getKey().length() >= 6 && !a.getKey().contains(" "))
                    .filter(a -> Math.abs(a.getKey().length() - word.length()) <= allowed)
                    .filter(a -> Levenshtein.distance(a.getKey(), word, allowed) <= allowed)
                    .findFirst()
                    .ifPresent(a -> found.add(new Match(a.getValue(), s, words.end(), false)));
        }
        return found;
    }

    /**
     * The entry one name of four letters or more stands for when OCR has slipped once, its look-alike letters folded
     * together first (I, l, 1 and | alike; O and 0 alike): a heading's "HbAI1c" or "HbAtc" is HbA1c. For a single
     * word in a place that can only hold a name (a column heading over a unit); empty when none or two are that close.
     */
    Optional<Entry> lookupSlipped(String word) {
        String w = folded(word);
        if (w.length() < 4) {
            return Optional.empty();
        }
        List<Entry> close = byAlias.entrySet().stream()
                .filter(a -> a.getKey().length() >= 4 && !a.getKey().contains(" "))
                .filter(a -> Levenshtein.distance(folded(a.getKey()), w, 1) <= 1)
                .map(Map.Entry::getValue).distinct().toList();
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    private static String folded(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[il1|]", "l").replace('0', 'o');
    }

    private static String normalise(String alias) {
        return alias.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
