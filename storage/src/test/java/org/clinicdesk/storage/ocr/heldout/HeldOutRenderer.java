package org.clinicdesk.storage.ocr.heldout;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.clinicdesk.storage.ocr.generator.Handwriting;

/**
 * Draws a held-out paper at 240 dpi in fonts the development generator never uses (DejaVu condensed, light, bold
 * and italic faces), then makes it a flatbed scan, a fax-like low-resolution copy or a phone photograph
 * ({@link PhotoEffects}). Handwritten lines come from {@link Handwriting}.
 */
final class HeldOutRenderer {
    static final int WIDTH = 1984;
    private static final int MARGIN = 130;
    private static final int RIGHT_COLUMN = WIDTH * 47 / 100;
    private static final int RIGHT_COLUMN_WIDTH = WIDTH - RIGHT_COLUMN - MARGIN / 2;
    private static final String[][] FACES = {{"DejaVu Sans Condensed", "0"}, {"DejaVu Serif Condensed", "0"},
        {"DejaVu Sans Light", "0"}, {"DejaVu Serif", "2"}, {"DejaVu Sans Mono", "1"}};

    private final Random random;
    private final String[][] faces;

    HeldOutRenderer(Random random) {
        this(random, FACES);
    }

    /** Draws in {@code faces} (each a family name and a java.awt.Font style) instead of the first set's. */
    HeldOutRenderer(Random random, String[][] faces) {
        this.random = random;
        this.faces = faces;
    }

    BufferedImage render(HeldOutPage page, HeldOutQuality quality) {
        return degrade(draw(page), quality);
    }

    /** The clean printed page, before it is scanned, faxed or photographed. */
    BufferedImage draw(HeldOutPage page) {
        String[] face = faces[random.nextInt(faces.length)];
        int size = 30 + random.nextInt(6);
        Font body = new Font(face[0], Integer.parseInt(face[1]), size);
        Font heading = new Font(face[0], Font.BOLD, size + 8);
        int lineHeight = (int) (size * 1.65);
        int lines = page.blocks.stream().mapToInt(b -> b.lines().size()).sum();
        BufferedImage img = new BufferedImage(WIDTH, Math.max(1500, MARGIN * 2 + lineHeight * (lines + 2)),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        int y = MARGIN + lineHeight;
        boolean first = true;
        int columnTop = -1;
        for (HeldOutPage.Block b : page.blocks) {
            if (b.column() == 1 && columnTop >= 0) {
                int saved = y;
                y = columnTop;
                y = drawLines(g, b.lines(), fit(g, body, b.lines(), RIGHT_COLUMN_WIDTH), RIGHT_COLUMN, y, lineHeight);
                y = Math.max(saved, y);
                columnTop = -1;
                continue;
            }
            columnTop = b.column() == 0 ? y : -1;
            if (b.handwritten()) {
                y += lineHeight / 2;
                new Handwriting(random).write(g, b.lines().get(0), MARGIN + 20, y, size + 8);
                y += lineHeight * 3 / 2;
            } else if (b.ruledTable()) {
                y = drawTable(g, fit(g, body, b.lines(), WIDTH - 2 * MARGIN), b.lines(), y, lineHeight);
            } else if (first) {
                g.setFont(heading);
                g.drawString(b.lines().get(0), MARGIN, y);
                y = drawLines(g, b.lines().subList(1, b.lines().size()), body, MARGIN, y + lineHeight, lineHeight);
            } else {
                int width = b.column() == 0 ? RIGHT_COLUMN - MARGIN - 30 : WIDTH - 2 * MARGIN;
                y = drawLines(g, b.lines(), fit(g, body, b.lines(), width), MARGIN, y, lineHeight);
            }
            first = false;
        }
        g.dispose();
        return img;
    }

    /** The page as it reached the clinic: a flatbed scan, a fax-like copy or a phone photograph. */
    BufferedImage degrade(BufferedImage img, HeldOutQuality quality) {
        return switch (quality) {
            case SCAN -> PhotoEffects.flatbed(img, random);
            case FAX -> PhotoEffects.fax(img, random);
            case PHOTO -> PhotoEffects.photograph(img, random);
        };
    }

    private static int drawLines(Graphics2D g, List<String> lines, Font font, int x, int y, int lineHeight) {
        g.setFont(font);
        for (String line : lines) {
            g.drawString(line.replace('\t', ' '), x, y);
            y += lineHeight;
        }
        return y;
    }

    private int drawTable(Graphics2D g, Font font, List<String> rows, int y, int lineHeight) {
        int[] stops = {0, 560, 900, 1180};
        g.setFont(font);
        g.setStroke(new BasicStroke(2f));
        int top = y - lineHeight + 8;
        g.drawLine(MARGIN - 10, top, WIDTH - MARGIN + 10, top);
        for (String row : rows) {
            String[] cells = row.split("\t");
            for (int c = 0; c < cells.length; c++) {
                g.drawString(cells[c], MARGIN + stops[Math.min(c, stops.length - 1)], y);
            }
            g.drawLine(MARGIN - 10, y + 12, WIDTH - MARGIN + 10, y + 12);
            y += lineHeight + 6;
        }
        for (int s : stops) {
            g.drawLine(MARGIN + s - 14, top, MARGIN + s - 14, y - lineHeight + 6);
        }
        g.drawLine(WIDTH - MARGIN + 10, top, WIDTH - MARGIN + 10, y - lineHeight + 6);
        return y + lineHeight / 2;
    }

    /** The largest size of {@code font} up to its own at which each line fits the width. */
    private static Font fit(Graphics2D g, Font font, List<String> lines, int width) {
        for (int size = font.getSize(); size > 22; size--) {
            FontMetrics fm = g.getFontMetrics(font.deriveFont((float) size));
            int widest = lines.stream().mapToInt(l -> fm.stringWidth(l.replace("\t", "            "))).max().orElse(0);
            if (widest <= width) {
                return font.deriveFont((float) size);
            }
        }
        return font.deriveFont(22f);
    }
}
