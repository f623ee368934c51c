package org.clinicdesk.core.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clinicdesk.core.extraction.SpanConfidence;

/**
 * A page's words regrouped into visual rows by their boxes, left to right. Tesseract reads a table column by
 * column ("Test Result Unit" first, the reference ranges later), which separates a lab value from its range;
 * rows put them back on one line, as a person reads them. Word offsets point into this text.
 */
public record PageRows(String text, List<OcrWord> words) {
    private static final double MIN_OVERLAP = 0.5;

    public static PageRows of(List<OcrWord> words) {
        if (words.isEmpty()) {
            return new PageRows("", List.of());
        }
        List<OcrWord> byTop = new ArrayList<>(words);
        byTop.sort(Comparator.comparingInt(w -> w.box().y()));
        List<Row> open = new ArrayList<>();
        for (OcrWord w : byTop) {
            Row best = null;
            double bestOverlap = MIN_OVERLAP;
            // Only the last few rows can still overlap a word further down the page.
            for (int i = Math.max(0, open.size() - 4); i < open.size(); i++) {
                double overlap = open.get(i).overlap(w);
                if (overlap >= bestOverlap) {
                    bestOverlap = overlap;
                    best = open.get(i);
                }
            }
            if (best == null) {
                best = new Row();
                open.add(best);
            }
            best.add(w);
        }
        open.sort(Comparator.comparingDouble(Row::centre));
        List<List<OcrWord>> rows = open.stream().map(r -> r.words).toList();
        StringBuilder text = new StringBuilder();
        List<OcrWord> placed = new ArrayList<>(words.size());
        for (List<OcrWord> row : rows) {
            row = new ArrayList<>(row);
            row.sort(Comparator.comparingInt(w -> w.box().x()));
            if (text.length() > 0) {
                text.append('\n');
            }
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                OcrWord w = row.get(i);
                int start = text.length();
                text.append(w.text());
                placed.add(w.at(start, text.length()));
            }
        }
        return new PageRows(text.toString(), List.copyOf(placed));
    }

    /** Mean confidence (0..1) of the words overlapping the range; 1 when none does. */
    public double confidenceOf(int start, int end) {
        return words.stream().filter(w -> w.start() < end && w.end() > start)
                .mapToDouble(w -> w.confidence() / 100.0).average().orElse(1.0);
    }

    /** The lowest confidence (0..1) of any single character in the range; 1 when no word overlaps it. */
    public double lowestCharacterConfidenceOf(int start, int end) {
        double lowest = 1.0;
        for (OcrWord w : words) {
            for (int i = Math.max(start, w.start()); i < Math.min(end, w.end()); i++) {
                lowest = Math.min(lowest, w.characterConfidence(i - w.start()) / 100.0);
            }
        }
        return lowest;
    }

    /** How sure OCR was of each stretch of this text, for the fact extractor. */
    public SpanConfidence confidence() {
        return new SpanConfidence() {
            @Override
            public double of(int start, int end) {
                return confidenceOf(start, end);
            }

            @Override
            public double lowestCharacter(int start, int end) {
                return lowestCharacterConfidenceOf(start, end);
            }
        };
    }

    /** Words on one visual line; its band is the mean top and bottom of its words, so one tall speck cannot stretch it. */
    private static final class Row {
        private final List<OcrWord> words = new ArrayList<>();
        private double top;
        private double bottom;

        void add(OcrWord w) {
            words.add(w);
            int n = words.size();
            top += (w.box().y() - top) / n;
            bottom += (w.box().y() + w.box().height() - bottom) / n;
        }

        /** Vertical overlap with the word, as a share of the smaller of the two heights. */
        double overlap(OcrWord w) {
            double wTop = w.box().y();
            double wBottom = wTop + w.box().height();
            double shared = Math.min(bottom, wBottom) - Math.max(top, wTop);
            double smaller = Math.max(1, Math.min(bottom - top, wBottom - wTop));
            return shared / smaller;
        }

        double centre() {
            return (top + bottom) / 2;
        }
    }
}
