package org.clinicdesk.app.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Fonts tried in order for each character: the first that has a glyph draws it, and a character that none has is
 * drawn as '?' rather than failing the whole document (patient names and notes may hold any script).
 */
public final class FontChain {
    static final char REPLACEMENT = '?';

    /** A stretch of text drawn in one font. */
    record Run(PDFont font, String text) {
    }

    private final List<PDFont> fonts;
    private final Map<Integer, Integer> fontForCodePoint = new HashMap<>();

    FontChain(List<PDFont> fonts) {
        if (fonts.isEmpty()) {
            throw new IllegalArgumentException("a font chain needs at least one font");
        }
        this.fonts = List.copyOf(fonts);
    }

    PDFont primary() {
        return fonts.get(0);
    }

    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentFont = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                cp = ' ';
            } else if (Character.isISOControl(cp)) {
                continue;
            }
            int font = fontFor(cp);
            if (font < 0) {
                cp = REPLACEMENT;
                font = 0;
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(fonts.get(currentFont), current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(fonts.get(currentFont), current.toString()));
        }
        return runs;
    }

    /** Width in points at the given size, as drawn (after fallback and replacement). */
    float width(String text, float size) {
        float width = 0;
        try {
            for (Run run : runs(text)) {
                width += run.font().getStringWidth(run.text()) / 1000f * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure text in the summary font", e);
        }
        return width;
    }

    private int fontFor(int codePoint) {
        return fontForCodePoint.computeIfAbsent(codePoint, cp -> {
            String s = new String(Character.toChars(cp));
            for (int f = 0; f < fonts.size(); f++) {
                if (canEncode(fonts.get(f), s)) {
                    return f;
                }
            }
            return -1;
        });
    }

    private static boolean canEncode(PDFont font, String s) {
        try {
            font.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
