package org.clinicdesk.storage.ocr.heldout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.documents.CancelSignal;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.MediaType;
import org.clinicdesk.core.documents.OcrPage;
import org.clinicdesk.core.documents.OcrProgress;
import org.clinicdesk.core.documents.OcrResult;
import org.clinicdesk.core.extraction.ClinicalFact;
import org.clinicdesk.core.extraction.FactExtractor;
import org.clinicdesk.core.extraction.LabResultFact;
import org.clinicdesk.storage.ocr.TesseractOcrEngine;
import org.clinicdesk.storage.ocr.generator.FactKeys;

/**
 * {@code scripts/bench ocr-heldout}: reads every frozen held-out paper through the product's OCR and extraction, and
 * prints precision and recall per fact kind and per scan quality, dangerous values (marked or not), handwritten
 * lines and whether each came out as "needs typing", and the typed-text ceiling (the same papers without OCR).
 * Measure only; never tune on what it prints.
 */
public final class HeldOutMeasure {
    /** Below this a suggestion is shown as unsure and the reviewer is asked to look closely (the window's rule). */
    static final double UNSURE = 0.75;

    private HeldOutMeasure() {
    }

    public static void main(String[] args) throws IOException {
        Path set = Path.of(args.length > 0 ? args[0] : "storage/src/test/resources/heldout");
        List<HeldOutTruth> truths = new ArrayList<>();
        try (Stream<Path> files = Files.list(set)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".truth")).sorted().toList()) {
                truths.add(HeldOutTruth.read(p));
            }
        }
        FactExtractor extractor = new FactExtractor(DateOrder.DAY_FIRST);
        Map<String, HeldOutScore> byKind = new LinkedHashMap<>();
        Map<HeldOutQuality, HeldOutScore> byQuality = new EnumMap<>(HeldOutQuality.class);
        HeldOutScore all = new HeldOutScore();
        Map<String, HeldOutScore> typedByKind = new LinkedHashMap<>();
        HeldOutScore typedAll = new HeldOutScore();
        List<String> handwriting = new ArrayList<>();
        List<String> typedLinesToType = new ArrayList<>();
        int unlistedFound = 0;
        int unlisted = 0;
        long started = System.nanoTime();
        try (TesseractOcrEngine engine = new TesseractOcrEngine(1, FileLimits.DEFAULT)) {
            for (HeldOutTruth t : truths) {
                byte[] content = Files.readAllBytes(set.resolve(t.image()));
                OcrResult result = engine.read(content, MediaType.sniff(content).orElseThrow(), OcrProgress.NONE,
                        new CancelSignal());
                if (!(result instanceof OcrResult.Success success)) {
                    throw new IllegalStateException(t.image() + ": " + result);
                }
                List<HeldOutScore.Found> found = new ArrayList<>();
                List<String> needsTyping = new ArrayList<>();
                for (OcrPage page : success.pages()) {
                    PageReading reading = PageReading.of(page, extractor);
                    needsTyping.addAll(reading.needsTyping());
                    for (ClinicalFact f : reading.facts()) {
                        boolean marked = f.confidence() < UNSURE
                                || f instanceof LabResultFact l && l.checkTheValue();
                        found.add(new HeldOutScore.Found(FactKeys.of(f), marked));
                    }
                }
                HeldOutScore.score(t.name(), t, found, byKind,
                        List.of(all, byQuality.computeIfAbsent(t.quality(), q -> new HeldOutScore())));
                if (t.handwritten().isEmpty() && !needsTyping.isEmpty()) {
                    typedLinesToType.add(t.name() + ": " + needsTyping);
                }
                for (String h : t.handwritten()) {
                    handwriting.add(t.name() + ": \"" + h + "\" -> " + (needsTyping.isEmpty() ? "NOT marked needs typing"
                            : "needs typing " + needsTyping));
                }
                for (String u : t.unlisted()) {
                    unlisted++;
                    if (found.stream().anyMatch(f -> f.key().startsWith(u))) {
                        unlistedFound++;
                    }
                }
                String typed = String.join("\n", Files.readAllLines(set.resolve(t.name() + ".txt")));
                HeldOutScore.score(t.name(), t, extractor.extract(typed).stream()
                        .map(f -> new HeldOutScore.Found(FactKeys.of(f), false)).toList(), typedByKind, List.of(typedAll));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("Held-out set: ").append(truths.size()).append(" papers, read in ")
                .append((System.nanoTime() - started) / 1_000_000_000).append(" s with one worker\n\n");
        out.append(HeldOutScore.header("through OCR, by kind")).append('\n');
        HeldOutScore.sorted(byKind).forEach((k, s) -> out.append(s.row(k)).append('\n'));
        out.append(all.row("all")).append("\n\n");
        out.append(HeldOutScore.header("through OCR, by quality")).append('\n');
        byQuality.forEach((q, s) -> out.append(s.row(q.name().toLowerCase(java.util.Locale.ROOT))).append('\n'));
        out.append("\n").append(HeldOutScore.header("typed text (no OCR), by kind")).append('\n');
        HeldOutScore.sorted(typedByKind).forEach((k, s) -> out.append(s.row(k)).append('\n'));
        out.append(typedAll.row("all")).append("\n\n");
        out.append("Handwritten lines:\n");
        handwriting.forEach(h -> out.append("  ").append(h).append('\n'));
        out.append("Papers without handwriting with lines said to need typing: ").append(typedLinesToType.size())
                .append('\n');
        typedLinesToType.forEach(h -> out.append("  ").append(h).append('\n'));
        out.append("Medicines and tests no list holds: ").append(unlistedFound).append(" of ").append(unlisted)
                .append(" found (not in recall)\n\nDetails through OCR:\n");
        all.notes.forEach(n -> out.append("  ").append(n).append('\n'));
        out.append("Details, typed text:\n");
        typedAll.notes.forEach(n -> out.append("  ").append(n).append('\n'));
        System.out.print(out);
    }
}
