package org.clinicdesk.app.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.clinicdesk.core.icd.Icd10Catalog;

/**
 * {@code scripts/bench icd [QUERIES]}: the note editor's ICD-10-CM type-ahead, p50/p95 of {@link Icd10Catalog#search}
 * over seeded queries as a doctor types them (word starts taken from real titles, and code prefixes), next to a
 * baseline measured in the same run on the same list and queries: lower-casing each title and testing
 * {@code contains} for every word, then sorting the hits the same way. Goal: p95 well under 16 ms (one frame).
 */
public final class Icd10SearchBenchmark {
    private Icd10SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        long seed = 17;
        long heapBefore = usedHeapAfterGc();
        long t0 = System.nanoTime();
        Icd10Catalog catalog = Icd10Catalog.shipped();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        double retainedMb = (usedHeapAfterGc() - heapBefore) / 1048576.0;
        List<String[]> rows = rows();
        List<String> queries = queries(rows, count, new Random(seed));
        for (int round = 0; round < 2; round++) {
            for (String q : queries.subList(0, Math.min(500, queries.size()))) {
                catalog.search(q, 12);
                naive(rows, q);
            }
        }
        long[] ours = new long[queries.size()];
        long[] base = new long[queries.size()];
        long hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long s = System.nanoTime();
            hits += catalog.search(queries.get(i), 12).size();
            ours[i] = System.nanoTime() - s;
            s = System.nanoTime();
            hits += naive(rows, queries.get(i)).size();
            base[i] = System.nanoTime() - s;
        }
        System.out.printf(Locale.ROOT, "ICD-10-CM list: %,d codes, loaded in %.0f ms; %,d queries (seed %d), %,d hits%n",
                catalog.size(), loadMs, queries.size(), seed, hits);
        System.out.printf(Locale.ROOT, "catalog heap retained after load: %.1f MB%n", retainedMb);
        System.out.printf(Locale.ROOT, "catalog search   p50 %.3f ms  p95 %.3f ms%n", pct(ours, 50), pct(ours, 95));
        System.out.printf(Locale.ROOT, "naive contains   p50 %.3f ms  p95 %.3f ms%n", pct(base, 50), pct(base, 95));
        System.out.printf(Locale.ROOT, "ratio (naive / catalog) at p95: %.1fx%n", pct(base, 95) / pct(ours, 95));
    }

    private static List<String> naive(List<String[]> rows, String query) {
        String[] words = query.toLowerCase(Locale.ROOT).split("\\s+");
        List<String[]> hits = new ArrayList<>();
        for (String[] r : rows) {
            String t = r[0].toLowerCase(Locale.ROOT) + " " + r[1].toLowerCase(Locale.ROOT);
            if (Arrays.stream(words).allMatch(t::contains)) {
                hits.add(r);
            }
        }
        hits.sort(Comparator.<String[]>comparingInt(r -> r[0].length()).thenComparingInt(r -> r[1].length()));
        return hits.stream().limit(12).map(r -> r[0]).toList();
    }

    private static List<String> queries(List<String[]> rows, int count, Random random) {
        List<String> out = new ArrayList<>();
        while (out.size() < count) {
            String[] r = rows.get(random.nextInt(rows.size()));
            if (random.nextInt(5) == 0) {
                out.add(r[0].substring(0, Math.min(r[0].length(), 2 + random.nextInt(3))).toLowerCase(Locale.ROOT));
                continue;
            }
            String[] words = Arrays.stream(r[1].toLowerCase(Locale.ROOT).split("[^a-z]+")).filter(w -> w.length() > 2)
                    .toArray(String[]::new);
            if (words.length == 0) {
                continue;
            }
            StringBuilder q = new StringBuilder();
            for (int k = 0, n = 1 + random.nextInt(Math.min(3, words.length)); k < n; k++) {
                String w = words[random.nextInt(words.length)];
                q.append(k == 0 ? "" : " ").append(w, 0, Math.min(w.length(), 3 + random.nextInt(4)));
            }
            out.add(q.toString());
        }
        return out;
    }

    private static List<String[]> rows() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Icd10Catalog.class.getResourceAsStream("icd10cm-2022.tsv.gz")), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(line.split("\t", 2));
            }
        }
        return rows;
    }

    /** Heap in use once collections have settled: a rough figure, the catalog being the only thing made in between. */
    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc(); // a full collection that returns when done (no concurrent explicit GC is configured)
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    private static double pct(long[] nanos, int p) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)] / 1e6;
    }
}
