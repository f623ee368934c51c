package org.clinicdesk.core.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines of a read page that OCR could not read with confidence (handwriting, a stamp, a smudge): they are shown
 * as "needs typing" for a person to type in, and blanked in the text the fact extractor reads, so no fact is
 * guessed from them. A line needs typing when its words' mean confidence is below {@link #LINE_CONFIDENCE_FLOOR};
 * the floor was set on the development generator's papers with handwritten lines added (handwriting there read at
 * 9 to 59, typed lines with facts at 63 and above), never on the held-out set.
 */
public record NeedsTyping(String readableText, List<Line> lines) {
    /** Mean word confidence (0..100) below which a line is not read as text. */
    public static final double LINE_CONFIDENCE_FLOOR = 60;

    /** One line to type: its offsets in the page's row text, what OCR made of it, and its mean word confidence. */
    public record Line(int start, int end, String read, double confidence) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "\"%s\" (%.0f)", read, confidence);
        }
    }

    public NeedsTyping {
        lines = List.copyOf(lines);
    }

    /** Splits the page's rows into readable text (same length and offsets, unsure lines blanked) and lines to type. */
    public static NeedsTyping of(PageRows rows) {
        String text = rows.text();
        StringBuilder readable = new StringBuilder(text);
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            final int from = start;
            final int to = end;
            double mean = rows.words().stream().filter(w -> w.start() >= from && w.end() <= to)
                    .mapToDouble(OcrWord::confidence).average().orElse(100);
            if (mean < LINE_CONFIDENCE_FLOOR && !text.substring(from, to).isBlank()) {
                lines.add(new Line(from, to, text.substring(from, to), mean));
                for (int i = from; i < to; i++) {
                    readable.setCharAt(i, ' ');
                }
            }
            start = end + 1;
        }
        return new NeedsTyping(readable.toString(), lines);
    }
}
