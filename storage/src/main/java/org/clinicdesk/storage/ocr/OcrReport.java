package org.clinicdesk.storage.ocr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/** What {@code clinicdesk ocr FILE --json} prints: the file, each page's reading, and the suggested facts. */
public record OcrReport(String file, String mediaType, String sha256, long sizeBytes, List<PageView> pages,
                        List<FactView> facts, long millis) {

    /**
     * One page as read: normalisation applied, mean word confidence (0..100), the text in visual rows, and the lines
     * too unsure to read (handwriting, smudges) that a person must type in; no fact is taken from those.
     */
    public record PageView(int number, int rotationDegrees, double deskewDegrees, double meanConfidence, int words,
                           String text, java.util.List<String> needsTyping) {
    }

    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the OCR report as JSON", e);
        }
    }
}
