package org.clinicdesk.core.documents;

import java.util.List;

/**
 * The text of one page as read, with its words, the quarter turn applied to bring it upright (0, 90, 180, 270) and
 * the small skew angle corrected, so a reviewer can see what the normaliser did.
 */
public record OcrPage(int number, String text, List<OcrWord> words, int rotationDegrees, double deskewDegrees) {
    public OcrPage {
        text = text == null ? "" : text;
        words = List.copyOf(words);
    }

    /** Mean word confidence (0..100); 0 for a page without words. */
    public double meanConfidence() {
        return words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
    }

    /** The words regrouped into visual rows, the text fact extraction reads. */
    public PageRows rows() {
        return PageRows.of(words);
    }

    /** Mean confidence of the words overlapping the character range, as a fraction 0..1 (1 when no word overlaps). */
    public double confidenceOf(int start, int end) {
        return words.stream().filter(w -> w.start() < end && w.end() > start)
                .mapToDouble(w -> w.confidence() / 100.0).average().orElse(1.0);
    }
}
