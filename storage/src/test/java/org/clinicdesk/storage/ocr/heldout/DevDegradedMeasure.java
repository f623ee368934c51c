package org.clinicdesk.storage.ocr.heldout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.documents.CancelSignal;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.MediaType;
import org.clinicdesk.core.documents.OcrPage;
import org.clinicdesk.core.documents.OcrProgress;
import org.clinicdesk.core.documents.OcrResult;
import org.clinicdesk.core.extraction.ClinicalFact;
import org.clinicdesk.core.extraction.FactExtractor;
import org.clinicdesk.storage.ocr.TesseractOcrEngine;
import org.clinicdesk.storage.ocr.generator.ClinicalDocumentGenerator;
import org.clinicdesk.storage.ocr.generator.DocumentKind;
import org.clinicdesk.storage.ocr.generator.FactKeys;
import org.clinicdesk.storage.ocr.generator.GeneratedDocument;
import org.clinicdesk.storage.ocr.generator.ScanQuality;

/**
 * {@code scripts/bench ocr-dev-degraded [PER_KIND] [SEED]}: development data for tuning the pipeline on fax-like
 * copies and photographs. The development generator's clean papers (never the held-out sets' content) are made fax
 * copies and phone photographs by the held-out sets' own {@link PhotoEffects}, saved as those sets save them (PNG,
 * JPEG 0.55), read through the product's OCR and extraction, and scored per quality and per fact kind.
 */
public final class DevDegradedMeasure {
    private DevDegradedMeasure() {
    }

    public static void main(String[] args) throws IOException {
        int perKind = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261201L;
        ClinicalDocumentGenerator generator = new ClinicalDocumentGenerator(seed);
        Random effects = new Random(seed + 1);
        FactExtractor extractor = new FactExtractor(DateOrder.DAY_FIRST);
        Map<String, HeldOutScore> byKind = new LinkedHashMap<>();
        Map<HeldOutQuality, HeldOutScore> byQuality = new EnumMap<>(HeldOutQuality.class);
        HeldOutScore all = new HeldOutScore();
        Path dir = Files.createTempDirectory("dev-degraded");
        long started = System.nanoTime();
        try (TesseractOcrEngine engine = new TesseractOcrEngine(1, FileLimits.DEFAULT)) {
            for (HeldOutQuality quality : List.of(HeldOutQuality.FAX, HeldOutQuality.PHOTO)) {
                for (DocumentKind kind : DocumentKind.values()) {
                    for (int i = 0; i < perKind; i++) {
                        String name = quality.name().toLowerCase(Locale.ROOT) + "-" + kind.name().toLowerCase(Locale.ROOT)
                                + "-" + i;
                        GeneratedDocument d = generator.generate(kind, ScanQuality.CLEAN, name);
                        Path file = dir.resolve(name + (quality == HeldOutQuality.FAX ? ".png" : ".jpg"));
                        HeldOutSetMaker.write(quality == HeldOutQuality.FAX ? PhotoEffects.fax(d.image(), effects)
                                : PhotoEffects.photograph(d.image(), effects), quality, file);
                        byte[] content = Files.readAllBytes(file);
                        OcrResult result = engine.read(content, MediaType.sniff(content).orElseThrow(), OcrProgress.NONE,
                                new CancelSignal());
                        if (!(result instanceof OcrResult.Success success)) {
                            throw new IllegalStateException(name + ": " + result);
                        }
                        List<HeldOutScore.Found> found = new ArrayList<>();
                        for (OcrPage page : success.pages()) {
                            for (ClinicalFact f : PageReading.of(page, extractor).facts()) {
                                found.add(new HeldOutScore.Found(FactKeys.of(f), f.confidence() < HeldOutMeasure.UNSURE));
                            }
                        }
                        HeldOutTruth truth = new HeldOutTruth(name, file.getFileName().toString(), quality,
                                d.expectedFacts(), List.of(), List.of(), List.of(), List.of());
                        HeldOutScore.score(name, truth, found, byKind,
                                List.of(all, byQuality.computeIfAbsent(quality, q -> new HeldOutScore())));
                        if (System.getProperty("dev.keep") == null) {
                            Files.delete(file);
                        }
                    }
                }
            }
        }
        if (System.getProperty("dev.keep") == null) {
            Files.delete(dir);
        } else {
            System.err.println("papers kept in " + dir);
        }
        StringBuilder out = new StringBuilder("Development papers made fax copies and photographs: seed ").append(seed)
                .append(", read in ").append((System.nanoTime() - started) / 1_000_000_000).append(" s\n\n");
        out.append(HeldOutScore.header("through OCR, by kind")).append('\n');
        HeldOutScore.sorted(byKind).forEach((k, s) -> out.append(s.row(k)).append('\n'));
        out.append(all.row("all")).append("\n\n").append(HeldOutScore.header("through OCR, by quality")).append('\n');
        byQuality.forEach((q, s) -> out.append(s.row(q.name().toLowerCase(Locale.ROOT))).append('\n'));
        out.append("\nDetails:\n");
        all.notes.forEach(n -> out.append("  ").append(n).append('\n'));
        System.out.print(out);
    }
}
