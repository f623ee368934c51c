package org.clinicdesk.storage.ocr.heldout;

import java.util.List;
import org.clinicdesk.core.documents.NeedsTyping;
import org.clinicdesk.core.documents.OcrPage;
import org.clinicdesk.core.documents.PageRows;
import org.clinicdesk.core.extraction.ClinicalFact;
import org.clinicdesk.core.extraction.FactExtractor;

/** What the product takes from one read page, as {@code OcrPipeline} does: its facts and the lines that need typing. */
record PageReading(List<ClinicalFact> facts, List<String> needsTyping) {
    static PageReading of(OcrPage page, FactExtractor extractor) {
        PageRows rows = page.rows();
        NeedsTyping unsure = NeedsTyping.of(rows);
        return new PageReading(extractor.extract(unsure.readableText(), rows.confidence()),
                unsure.lines().stream().map(NeedsTyping.Line::toString).toList());
    }
}
