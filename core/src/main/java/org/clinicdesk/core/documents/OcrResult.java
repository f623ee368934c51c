package org.clinicdesk.core.documents;

import java.util.List;
import java.util.stream.Collectors;

/** What the OCR engine made of a document: every page read, or a reason it could not be read. */
public sealed interface OcrResult {

    /** Every page was read; pages keep the document's order. */
    record Success(List<OcrPage> pages) implements OcrResult {
        public Success {
            pages = List.copyOf(pages);
        }

        /** All pages' text, separated by a form feed, as the full-text index keeps it. */
        public String text() {
            return pages.stream().map(OcrPage::text).collect(Collectors.joining("\f"));
        }
    }

    /** The document could not be read; {@code message} is written for the person at the desk. */
    record Failure(OcrFailureReason reason, String message) implements OcrResult {
    }
}
