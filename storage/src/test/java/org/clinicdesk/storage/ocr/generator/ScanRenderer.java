package org.clinicdesk.storage.ocr.generator;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.util.List;
import java.util.Random;

/**
 * Draws typed lines onto an A4-width page at 200 dpi with Java2D, then ages it as a scanner would: grain, specks,
 * grey paper and blur for noisy scans, a few degrees of rotation for skewed ones. Tabs in a line are table columns;
 * a ruled page draws its tables' rows and columns as a grid of lines, as printed cards and forms do.
 */
final class ScanRenderer {
    static final int WIDTH = 1654;
    private static final int MARGIN = 110;
    private static final String[] FAMILIES = {Font.SERIF, Font.SANS_SERIF, Font.MONOSPACED};

    private final Random random;

    ScanRenderer(Random random) {
        this.random = random;
    }

    BufferedImage render(List<String> lines, int[] tabStops, ScanQuality quality) {
        return render(lines, tabStops, quality, false);
    }

    BufferedImage render(List<String> lines, int[] tabStops, ScanQuality quality, boolean ruled) {
        String family = FAMILIES[random.nextInt(FAMILIES.length)];
        int size = fitting(lines, tabStops, family, 28 + random.nextInt(6));
        Font body = new Font(family, Font.PLAIN, size);
        Font heading = new Font(family, Font.BOLD, size + 10);
        int lineHeight = (int) (size * 1.7);
        int height = Math.max(1100, MARGIN * 2 + lineHeight * (lines.size() + 1));
        BufferedImage page = new BufferedImage(WIDTH, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        int paper = quality == ScanQuality.NOISY ? 222 + random.nextInt(20) : 255;
        int ink = quality == ScanQuality.NOISY ? 25 + random.nextInt(45) : 0;
        g.setColor(new Color(paper, paper, paper));
        g.fillRect(0, 0, WIDTH, height);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(ink, ink, ink));
        int y = MARGIN + lineHeight;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            g.setFont(i == 0 ? heading : body);
            String[] cells = line.split("\t");
            for (int c = 0; c < cells.length; c++) {
                int x = MARGIN + (c < tabStops.length ? tabStops[c] : tabStops[tabStops.length - 1] + 200 * c);
                g.drawString(cells[c], x, y);
            }
            if (ruled && cells.length > 1) {
                rule(g, y, size, lineHeight, tabStops, cells.length, i + 1 < lines.size() && lines.get(i + 1).contains("\t"));
            }
            y += lineHeight;
        }
        g.dispose();
        return switch (quality) {
            case CLEAN -> page;
            case NOISY -> age(page);
            case SKEWED -> rotate(page, (random.nextBoolean() ? 1 : -1) * (1.5 + random.nextDouble() * 2.5));
        };
    }

    /** The grid around one table row at baseline {@code y}: its top line, column lines, and its bottom if it is the last. */
    private static void rule(Graphics2D g, int y, int size, int lineHeight, int[] tabStops, int columns, boolean more) {
        int top = y - size - (lineHeight - size) / 2;
        int left = MARGIN - 14;
        int right = WIDTH - MARGIN / 2;
        g.setStroke(new java.awt.BasicStroke(2f));
        g.drawLine(left, top, right, top);
        if (!more) {
            g.drawLine(left, top + lineHeight, right, top + lineHeight);
        }
        g.drawLine(left, top, left, top + lineHeight);
        g.drawLine(right, top, right, top + lineHeight);
        for (int c = 1; c < columns && c < tabStops.length; c++) {
            g.drawLine(MARGIN + tabStops[c] - 16, top, MARGIN + tabStops[c] - 16, top + lineHeight);
        }
    }

    /** The largest size up to {@code wanted} at which every line stays inside the margins. */
    private static int fitting(List<String> lines, int[] tabStops, String family, int wanted) {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = probe.createGraphics();
        try {
            for (int size = wanted; size > 16; size--) {
                java.awt.FontMetrics fm = g.getFontMetrics(new Font(family, Font.PLAIN, size));
                boolean fits = true;
                for (String line : lines.subList(1, lines.size())) {
                    String[] cells = line.split("\t");
                    int last = cells.length - 1;
                    int x = last < tabStops.length ? tabStops[last] : tabStops[tabStops.length - 1] + 200 * last;
                    fits &= MARGIN + x + fm.stringWidth(cells[last]) <= WIDTH - MARGIN / 2;
                    if (cells.length == 1) {
                        fits &= MARGIN + fm.stringWidth(line) <= WIDTH - MARGIN / 2;
                    }
                }
                if (fits) {
                    return size;
                }
            }
            return 16;
        } finally {
            g.dispose();
        }
    }

    private BufferedImage age(BufferedImage page) {
        WritableRaster r = page.getRaster();
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int v = r.getSample(x, y, 0) + (int) (random.nextGaussian() * 16);
                r.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        int specks = page.getWidth() * page.getHeight() / 1500;
        for (int i = 0; i < specks; i++) {
            int x = random.nextInt(page.getWidth() - 3);
            int y = random.nextInt(page.getHeight() - 3);
            int s = 1 + random.nextInt(2);
            for (int dy = 0; dy < s; dy++) {
                for (int dx = 0; dx < s; dx++) {
                    r.setSample(x + dx, y + dy, 0, random.nextInt(90));
                }
            }
        }
        float[] blur = new float[9];
        java.util.Arrays.fill(blur, 1f / 9);
        BufferedImage blurred = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        new ConvolveOp(new Kernel(3, 3, blur), ConvolveOp.EDGE_NO_OP, null).filter(page, blurred);
        return blurred;
    }

    private static BufferedImage rotate(BufferedImage page, double degrees) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return out;
    }
}
