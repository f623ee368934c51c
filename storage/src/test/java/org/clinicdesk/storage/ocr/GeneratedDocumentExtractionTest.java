package org.clinicdesk.storage.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.documents.CancelSignal;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.OcrPage;
import org.clinicdesk.core.documents.OcrProgress;
import org.clinicdesk.core.documents.OcrResult;
import org.clinicdesk.core.documents.PageRows;
import org.clinicdesk.core.extraction.FactExtractor;
import org.clinicdesk.storage.ocr.generator.ClinicalDocumentGenerator;
import org.clinicdesk.storage.ocr.generator.FactKeys;
import org.clinicdesk.storage.ocr.generator.GeneratedDocument;
import org.clinicdesk.storage.ocr.generator.ScanQuality;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Extraction precision and recall on generated clinical papers with known contents, read through real OCR. */
class GeneratedDocumentExtractionTest {
    /**
     * Measured 0.983 / 0.958 on the fixed seed since the papers hold ruled follow-up tables, four flag styles and
     * initial-letter forms (0.990 / 0.974 on the plainer papers before; 0.959 / 0.937 then on seed 7, 36 documents).
     */
    static final double PRECISION_FLOOR = 0.95;
    static final double RECALL_FLOOR = 0.92;
    /** No scan quality may fall far below the rest: noisy scans are the weakest. */
    static final double QUALITY_PRECISION_FLOOR = 0.90;
    static final double QUALITY_RECALL_FLOOR = 0.85;
    private static final FactExtractor extractor = new FactExtractor(DateOrder.DAY_FIRST);
    private static List<GeneratedDocument> documents;
    private static TesseractOcrEngine engine;

    @BeforeAll
    static void generate() {
        // A fixed seed keeps the floor reproducible; -Dclinicdesk.generator.seed=N measures on other documents.
        long seed = Long.getLong("clinicdesk.generator.seed", 20261121L);
        documents = new ClinicalDocumentGenerator(seed).generate(Integer.getInteger("clinicdesk.generator.count", 2));
        engine = new TesseractOcrEngine(2, FileLimits.DEFAULT);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void typedTextYieldsExactlyTheGeneratedFacts() {
        ExtractionScore score = new ExtractionScore();
        for (GeneratedDocument d : documents) {
            String text = String.join("\n", d.lines()).replace("\t", "    ");
            score.add(d.name(), d.expectedFacts(), extractor.extract(text).stream().map(FactKeys::of).toList());
        }
        System.err.println("typed text: " + score + "\n misses " + score.misses() + "\n false " + score.falseAlarms());
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
    }

    @Test
    void extractionThroughOcrMeetsThePrecisionAndRecallFloor() {
        ExtractionScore all = new ExtractionScore();
        Map<ScanQuality, ExtractionScore> byQuality = new EnumMap<>(ScanQuality.class);
        for (GeneratedDocument d : documents) {
            OcrResult result = engine.readPages(List.of(new PageImage(1, d.image(), java.util.OptionalInt.empty())),
                    OcrProgress.NONE, new CancelSignal());
            assertThat(result).isInstanceOf(OcrResult.Success.class);
            OcrPage page = ((OcrResult.Success) result).pages().get(0);
            PageRows rows = page.rows();
            List<String> found = extractor.extract(rows.text(), rows.confidence()).stream().map(FactKeys::of).toList();
            all.add(d.name(), d.expectedFacts(), found);
            byQuality.computeIfAbsent(d.quality(), q -> new ExtractionScore()).add(d.name(), d.expectedFacts(), found);
        }
        byQuality.forEach((q, s) -> System.err.println("through OCR, " + q + ": " + s));
        System.err.println("through OCR, all: " + all + "\n misses " + all.misses() + "\n false " + all.falseAlarms());
        assertThat(all.precision()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(all.recall()).isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(byQuality).hasSize(ScanQuality.values().length).allSatisfy((q, s) -> {
            assertThat(s.precision()).as(q + " precision").isGreaterThanOrEqualTo(QUALITY_PRECISION_FLOOR);
            assertThat(s.recall()).as(q + " recall").isGreaterThanOrEqualTo(QUALITY_RECALL_FLOOR);
        });
    }
}
