package org.clinicdesk.core.icd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.notes.Diagnosis;

/**
 * The shipped ICD-10-CM code list (see SOURCES.md beside it) and its search for type-ahead: a code prefix
 * ("e11", "E11.9") or words in any order, each the start of a word of the title or of an everyday synonym
 * ("sugar", "loose motions"); British spellings match American titles ("anaemia", "diarrhoea").
 * Loading takes a few tens of milliseconds, so callers on a UI thread load it in the background once.
 */
public final class Icd10Catalog {
    /** A letter, a digit, a digit or A/B ("C4A"), then up to four more after an optional dot: "E11.9", "i10". */
    private static final Pattern CODE_LIKE = Pattern.compile("[A-Za-z][0-9]([0-9ABab](\\.?[0-9A-Za-z]{0,4})?)?");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private final String[] codes;
    private final String[] titles;
    private final boolean[] hasSynonym;
    /** Every distinct word of the titles and synonyms, sorted, and the entries that have each. */
    private final String[] vocabulary;
    private final int[][] postings;

    private Icd10Catalog(String[] codes, String[] titles, String[][] words, boolean[] hasSynonym) {
        this.codes = codes;
        this.titles = titles;
        this.hasSynonym = hasSynonym;
        // ~100,000 entries with ~8 words each: plain int arrays per word, no boxed lists, then the words sorted once
        Map<String, Integer> ids = new HashMap<>();
        List<String> byId = new ArrayList<>();
        int[][] lists = new int[1024][];
        int[] sizes = new int[1024];
        for (int i = 0; i < words.length; i++) {
            for (String w : words[i]) {
                Integer id = ids.get(w);
                if (id == null) {
                    id = byId.size();
                    ids.put(w, id);
                    byId.add(w);
                    if (id == lists.length) {
                        lists = Arrays.copyOf(lists, id * 2);
                        sizes = Arrays.copyOf(sizes, id * 2);
                    }
                    lists[id] = new int[4];
                }
                if (sizes[id] == lists[id].length) {
                    lists[id] = Arrays.copyOf(lists[id], sizes[id] * 2);
                }
                lists[id][sizes[id]++] = i;
            }
        }
        vocabulary = byId.toArray(String[]::new);
        Arrays.sort(vocabulary);
        postings = new int[vocabulary.length][];
        for (int k = 0; k < vocabulary.length; k++) {
            int id = ids.get(vocabulary[k]);
            postings[k] = Arrays.copyOf(lists[id], sizes[id]);
        }
    }

    /** The list shipped with the program; loaded on first use, then shared. */
    public static Icd10Catalog shipped() {
        return Shipped.CATALOG;
    }

    public int size() {
        return codes.length;
    }

    /** The entry of a code written with or without its dot, in either case. */
    public Optional<Icd10Entry> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        int i = Arrays.binarySearch(codes, bare(code));
        return i >= 0 ? Optional.of(entry(i)) : Optional.empty();
    }

    /**
     * A diagnosis as typed on the command line: something shaped like a code must be a code of the list (and
     * becomes that coded diagnosis); anything else ("Viral fever", "T2DM") stays free text, as before.
     */
    public Diagnosis diagnosisFor(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (!CODE_LIKE.matcher(t).matches() || t.length() < 3) {
            return Diagnosis.freeText(t);
        }
        return find(t).map(Icd10Entry::asDiagnosis).orElseThrow(() -> new ValidationException("diagnosis",
                CoreMessages.text("icd.code.unknown", t)));
    }

    /** At most {@code limit} entries for what was typed, the likeliest first (broader codes before narrower ones). */
    public List<Icd10Entry> search(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Integer> hits = CODE_LIKE.matcher(q).matches() ? byCode(bare(q), limit) : new ArrayList<>();
        if (hits.isEmpty()) {
            hits = byWords(words(q), limit);
        }
        List<Icd10Entry> out = new ArrayList<>(hits.size());
        hits.forEach(i -> out.add(entry(i)));
        return out;
    }

    private List<Integer> byCode(String prefix, int limit) {
        int i = Arrays.binarySearch(codes, prefix);
        List<Integer> hits = new ArrayList<>();
        for (int k = i >= 0 ? i : -i - 1; k < codes.length && hits.size() < limit && codes[k].startsWith(prefix); k++) {
            hits.add(k);
        }
        return hits;
    }

    /** Entries having, for every typed word, a word that starts with it: the union of postings per typed word. */
    private List<Integer> byWords(String[] typed, int limit) {
        if (typed.length == 0) {
            return List.of();
        }
        BitSet all = null;
        for (String t : typed) {
            BitSet these = new BitSet(codes.length);
            int k = Arrays.binarySearch(vocabulary, t);
            for (k = k >= 0 ? k : -k - 1; k < vocabulary.length && vocabulary[k].startsWith(t); k++) {
                for (int i : postings[k]) {
                    these.set(i);
                }
            }
            if (all == null) {
                all = these;
            } else {
                all.and(these);
            }
            if (all.isEmpty()) {
                return List.of();
            }
        }
        // Synonym hits first, then broader codes, then shorter titles; the entry's index rides in the low bits.
        long[] keys = new long[all.cardinality()];
        int n = 0;
        for (int i = all.nextSetBit(0); i >= 0; i = all.nextSetBit(i + 1)) {
            keys[n++] = (hasSynonym[i] ? 0L : 1L << 62) | (long) codes[i].length() << 52
                    | (long) Math.min(titles[i].length(), 1023) << 42 | i;
        }
        Arrays.sort(keys);
        List<Integer> hits = new ArrayList<>();
        for (int k = 0; k < Math.min(limit, keys.length); k++) {
            hits.add((int) (keys[k] & ((1L << 42) - 1)));
        }
        return hits;
    }

    private Icd10Entry entry(int i) {
        String c = codes[i];
        return new Icd10Entry(c.length() > 3 ? c.substring(0, 3) + "." + c.substring(3) : c, titles[i]);
    }

    private static String bare(String code) {
        return code.strip().replace(".", "").toUpperCase(Locale.ROOT);
    }

    /** Lower-case words, with British "ae"/"oe" read as American "e" on both sides ("anaemia", "oedema"). */
    static String[] words(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replace("ae", "e").replace("oe", "e");
        return Arrays.stream(NOT_WORD.split(plain)).filter(w -> !w.isEmpty()).distinct().toArray(String[]::new);
    }

    static Icd10Catalog read(InputStream codeList, InputStream synonyms) throws IOException {
        Map<String, String> extra = new HashMap<>();
        for (String line : lines(synonyms)) {
            String[] f = line.split("\t", 2);
            extra.merge(f[0], f[1], (a, b) -> a + " " + b);
        }
        List<String> rows = lines(new GZIPInputStream(codeList));
        int n = rows.size();
        String[] codes = new String[n];
        String[] titles = new String[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            String row = rows.get(i);
            int tab = row.indexOf('\t');
            codes[i] = row.substring(0, tab);
            titles[i] = row.substring(tab + 1);
            order[i] = i;
        }
        // sorted by code for the binary searches; the file is almost in that order already
        Arrays.sort(order, Comparator.comparing(i -> codes[i]));
        String[] sortedCodes = new String[n];
        String[] sortedTitles = new String[n];
        for (int k = 0; k < n; k++) {
            sortedCodes[k] = codes[order[k]];
            sortedTitles[k] = titles[order[k]];
        }
        return index(sortedCodes, sortedTitles, extra);
    }

    private static Icd10Catalog index(String[] codes, String[] titles, Map<String, String> extra) {
        int n = codes.length;
        String[][] words = new String[n][];
        boolean[] hasSynonym = new boolean[n];
        for (int i = 0; i < n; i++) {
            String more = extra.remove(codes[i]);
            hasSynonym[i] = more != null;
            words[i] = words(more == null ? titles[i] : titles[i] + " " + more);
        }
        if (!extra.isEmpty()) {
            throw new IllegalStateException("ICD-10 synonyms name codes that are not in the list: " + extra.keySet());
        }
        return new Icd10Catalog(codes, titles, words, hasSynonym);
    }

    private static List<String> lines(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    private static final class Shipped {
        static final Icd10Catalog CATALOG = load();

        private static Icd10Catalog load() {
            try (InputStream codes = Icd10Catalog.class.getResourceAsStream("icd10cm-2022.tsv.gz");
                 InputStream synonyms = Icd10Catalog.class.getResourceAsStream("synonyms.tsv")) {
                if (codes == null || synonyms == null) {
                    throw new IllegalStateException("the ICD-10 code list is missing from the program");
                }
                return read(codes, synonyms);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the ICD-10 code list", e);
            }
        }
    }
}
