package org.clinicdesk.core.extraction;

/** Where in the source text a fact was found: character offsets (end exclusive) and the text there. */
public record SourceSpan(int start, int end, String text) {
    public SourceSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    static SourceSpan of(String source, int start, int end) {
        return new SourceSpan(start, end, source.substring(start, end));
    }
}
