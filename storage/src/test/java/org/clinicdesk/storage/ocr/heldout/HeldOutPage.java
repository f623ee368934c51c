package org.clinicdesk.storage.ocr.heldout;

import java.util.ArrayList;
import java.util.List;

/**
 * One held-out paper as written, before it is drawn: its blocks of text (a block is a column or a full-width band),
 * the facts a careful reader takes from it, the facts it mentions only to deny ("denies fever", "no h/o diabetes")
 * and the handwritten lines a reader must type in by hand.
 */
final class HeldOutPage {
    /** A run of lines drawn together: in one column ({@code column} 0 or 1 of two) or across the page (-1). */
    record Block(int column, List<String> lines, boolean handwritten, boolean ruledTable) {
    }

    final String name;
    final String layout;
    final List<Block> blocks = new ArrayList<>();
    final List<String> facts = new ArrayList<>();
    final List<String> denied = new ArrayList<>();
    final List<String> handwritten = new ArrayList<>();

    HeldOutPage(String name, String layout) {
        this.name = name;
        this.layout = layout;
    }

    void wide(String... lines) {
        blocks.add(new Block(-1, List.of(lines), false, false));
    }

    void column(int column, List<String> lines) {
        blocks.add(new Block(column, List.copyOf(lines), false, false));
    }

    void table(List<String> rows) {
        blocks.add(new Block(-1, List.copyOf(rows), false, true));
    }

    /** A line written by hand: no fact is expected from it, only "needs typing". */
    void handwritten(String line) {
        blocks.add(new Block(-1, List.of(line), true, false));
        handwritten.add(line);
    }

    /** The typed text, blocks in order, for the extractor's ceiling without OCR. */
    List<String> typedLines() {
        List<String> lines = new ArrayList<>();
        for (Block b : blocks) {
            if (!b.handwritten()) {
                b.lines().forEach(l -> lines.add(l.replace('\t', ' ')));
            }
        }
        return lines;
    }
}
