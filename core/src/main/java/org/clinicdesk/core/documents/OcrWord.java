package org.clinicdesk.core.documents;

import java.util.List;
import java.util.Objects;

/**
 * One word read from a page: its text, the engine's confidence (0..100), its box, where it sits in the page
 * text ({@code start} inclusive, {@code end} exclusive), so extracted facts can point back to what was read, and
 * the confidence of each of its characters when the engine gave them (empty otherwise, or when they do not line up
 * one to one with the text).
 */
public record OcrWord(String text, float confidence, WordBox box, int start, int end, List<Float> characterConfidences) {
    public OcrWord {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        characterConfidences = characterConfidences.size() == text.length() ? List.copyOf(characterConfidences) : List.of();
    }

    public OcrWord(String text, float confidence, WordBox box, int start, int end) {
        this(text, confidence, box, start, end, List.of());
    }

    /** The confidence (0..100) of the character at {@code index} in the word; the word's own when not known. */
    public float characterConfidence(int index) {
        return characterConfidences.isEmpty() ? confidence : characterConfidences.get(index);
    }

    public OcrWord at(int newStart, int newEnd) {
        return new OcrWord(text, confidence, box, newStart, newEnd, characterConfidences);
    }
}
