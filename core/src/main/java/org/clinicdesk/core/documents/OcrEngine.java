package org.clinicdesk.core.documents;

/**
 * Outgoing port: reads the text of a document locally. Implementations normalise each page (orientation, skew,
 * grayscale) before reading, report progress per page and stop early when cancelled.
 */
public interface OcrEngine {
    OcrResult read(byte[] content, MediaType type, OcrProgress progress, CancelSignal cancel);
}
