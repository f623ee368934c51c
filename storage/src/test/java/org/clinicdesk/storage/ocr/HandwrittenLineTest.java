package org.clinicdesk.storage.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.documents.CancelSignal;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.NeedsTyping;
import org.clinicdesk.core.documents.OcrProgress;
import org.clinicdesk.core.documents.OcrResult;
import org.clinicdesk.core.documents.PageRows;
import org.clinicdesk.core.extraction.FactExtractor;
import org.clinicdesk.storage.ocr.generator.ClinicalDocumentGenerator;
import org.clinicdesk.storage.ocr.generator.DocumentKind;
import org.clinicdesk.storage.ocr.generator.FactKeys;
import org.clinicdesk.storage.ocr.generator.GeneratedDocument;
import org.clinicdesk.storage.ocr.generator.Handwriting;
import org.clinicdesk.storage.ocr.generator.ScanQuality;
import org.junit.jupiter.api.Test;

/**
 * On a development paper with a line written by hand below it, through real Tesseract: the handwritten line comes
 * out as "needs typing" and nothing is guessed from it, while every fact of the typed lines is still found.
 */
class HandwrittenLineTest {
    @Test
    void handwrittenLineNeedsTypingAndTypedFactsStay() {
        GeneratedDocument d = new ClinicalDocumentGenerator(20261121L).generate(DocumentKind.LAB_REPORT,
                ScanQuality.CLEAN, "lab-with-handwriting");
        BufferedImage page = new BufferedImage(d.image().getWidth(), d.image().getHeight() + 200,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.drawImage(d.image(), 0, 0, null);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        new Handwriting(new Random(7)).write(g, "Tab Amoxicillin 500 mg TDS x 5 days", 130, d.image().getHeight() + 80, 38);
        g.dispose();
        try (TesseractOcrEngine engine = new TesseractOcrEngine(1, FileLimits.DEFAULT)) {
            OcrResult result = engine.readPages(List.of(new PageImage(1, page, OptionalInt.empty())), OcrProgress.NONE,
                    new CancelSignal());
            PageRows rows = ((OcrResult.Success) result).pages().get(0).rows();
            NeedsTyping unsure = NeedsTyping.of(rows);
            FactExtractor extractor = new FactExtractor(DateOrder.DAY_FIRST);
            List<String> found = extractor.extract(unsure.readableText(), rows.confidence())
                    .stream().map(FactKeys::of).toList();
            List<String> typed = extractor.extract(rows.text(), rows.confidence()).stream().map(FactKeys::of)
                    .filter(k -> !k.startsWith("MED|")).toList();
            System.err.println("needs typing " + unsure.lines() + "\n found " + found);
            assertThat(unsure.lines()).isNotEmpty();
            assertThat(found).noneMatch(k -> k.startsWith("MED|Amoxicillin"));
            assertThat(found).containsExactlyElementsOf(typed);
        }
    }
}
