package org.clinicdesk.core.extraction;

/**
 * How sure the reader (OCR) was of a stretch of text, 0..1; a fact found in badly read words is less certain
 * than the same fact in clean text. Typed text is certain.
 */
@FunctionalInterface
public interface SpanConfidence {
    SpanConfidence TYPED_TEXT = (start, end) -> 1.0;

    double of(int start, int end);

    /** The lowest confidence of any one character in the stretch: one doubtful digit makes a number doubtful. */
    default double lowestCharacter(int start, int end) {
        return of(start, end);
    }
}
