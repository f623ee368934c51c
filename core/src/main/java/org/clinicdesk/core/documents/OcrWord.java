package org.clinicdesk.core.documents;

import java.util.Objects;

/**
 * One word read from a page: its text, the engine's confidence (0..100), its box, and where it sits in the page
 * text ({@code start} inclusive, {@code end} exclusive), so extracted facts can point back to what was read.
 */
public record OcrWord(String text, float confidence, WordBox box, int start, int end) {
    public OcrWord {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
    }
}
