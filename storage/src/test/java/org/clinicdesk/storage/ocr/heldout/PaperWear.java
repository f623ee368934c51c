package org.clinicdesk.storage.ocr.heldout;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Random;

/**
 * What happened to a paper before it was scanned, faxed or photographed, none of which the pipeline was tuned on:
 * a fold across the page, a grey recycled paper with a mottled tone, or a lamp low at one corner (the third set); a
 * dot-matrix ribbon running dry, a water stain, or a rubber stamp over the print (the fourth set). Applied to the clean
 * page, before {@link PhotoEffects}.
 */
final class PaperWear {
    /** One kind of wear, by the name the truth's LAYOUT line gives it. */
    enum Wear {
        CREASE, TONED_PAPER, LAMP_AT_CORNER, FADED_RIBBON, WATER_STAIN, RUBBER_STAMP
    }

    private PaperWear() {
    }

    static BufferedImage apply(BufferedImage page, Wear wear, Random random) {
        return switch (wear) {
            case CREASE -> crease(page, random);
            case TONED_PAPER -> toned(page, random);
            case LAMP_AT_CORNER -> lampAtCorner(page, random);
            case FADED_RIBBON -> fadedRibbon(page, random);
            case WATER_STAIN -> waterStain(page, random);
            case RUBBER_STAMP -> rubberStamp(page, random);
        };
    }

    /**
     * The page was folded in two or three for the patient's pocket: a slanted dark line across it with a shadow on
     * one side and a lighter ridge on the other, and the part below the fold shifted a little sideways.
     */
    static BufferedImage crease(BufferedImage page, Random random) {
        int w = page.getWidth();
        int h = page.getHeight();
        double y0 = h * (0.35 + random.nextDouble() * 0.3);
        double slope = (random.nextDouble() - 0.5) * 0.03;
        int shift = 2 + random.nextInt(3);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster src = page.getRaster();
        WritableRaster dst = out.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = y - (y0 + slope * x);
                int sx = d > 0 ? Math.max(0, x - shift) : x;
                double v = src.getSample(sx, y, 0);
                if (Math.abs(d) < 2.5) {
                    v *= 0.55;
                } else if (d < 0 && d > -40) {
                    v *= 1 - 0.18 * (1 + d / 40);
                } else if (d > 0 && d < 18) {
                    v = Math.min(255, v * 1.04);
                }
                dst.setSample(x, y, 0, (int) v);
            }
        }
        return out;
    }

    /** Grey recycled paper: the white becomes 200 to 225, darker in slow blotches, as cheap pads are. */
    static BufferedImage toned(BufferedImage page, Random random) {
        int w = page.getWidth();
        int h = page.getHeight();
        double px = random.nextDouble() * 6;
        double py = random.nextDouble() * 6;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster src = page.getRaster();
        WritableRaster dst = out.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double tone = 213 + 8 * Math.sin(x / 140.0 + px) * Math.cos(y / 190.0 + py)
                        + 4 * Math.sin((x + y) / 57.0 + px * py);
                dst.setSample(x, y, 0, (int) (src.getSample(x, y, 0) * tone / 255));
            }
        }
        return out;
    }

    /** A desk lamp low at one corner: full light there, falling to about 60 per cent at the opposite corner. */
    static BufferedImage lampAtCorner(BufferedImage page, Random random) {
        int w = page.getWidth();
        int h = page.getHeight();
        double lx = random.nextBoolean() ? w : 0;
        double ly = h * (0.85 + random.nextDouble() * 0.3);
        double far = Math.hypot(w, h);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster src = page.getRaster();
        WritableRaster dst = out.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double light = 1 - 0.4 * Math.pow(Math.hypot(x - lx, y - ly) / far, 1.3);
                dst.setSample(x, y, 0, (int) (src.getSample(x, y, 0) * light));
            }
        }
        return out;
    }

    /**
     * A dot-matrix printer whose ribbon is running dry: the ink of whole bands of lines falls to as little as 42 per
     * cent of its black, slowly, down the page, and the dots of each character thin out (a pixel of ink is left out here
     * and there), so a decimal point in a pale band may be all but gone.
     */
    static BufferedImage fadedRibbon(BufferedImage page, Random random) {
        int w = page.getWidth();
        int h = page.getHeight();
        double phase = random.nextDouble() * Math.PI * 2;
        double period = 420 + random.nextInt(260);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster src = page.getRaster();
        WritableRaster dst = out.getRaster();
        for (int y = 0; y < h; y++) {
            double wave = 0.5 + 0.5 * Math.sin(y / period * Math.PI * 2 + phase);
            double ink = 0.42 + 0.58 * Math.pow(wave, 0.7);
            for (int x = 0; x < w; x++) {
                double dark = 255 - src.getSample(x, y, 0);
                if (dark > 0 && random.nextInt(9) == 0) {
                    dark *= 0.3;
                }
                dst.setSample(x, y, 0, (int) Math.round(255 - dark * ink));
            }
        }
        return out;
    }

    /**
     * A drop of water or tea dried on the paper: an irregular round patch, a little darker, whose print ran and paled
     * (the ink inside keeps about half its black, spread over its neighbours), with a darker tide line at its edge.
     */
    static BufferedImage waterStain(BufferedImage page, Random random) {
        int w = page.getWidth();
        int h = page.getHeight();
        double cx = w * (0.3 + random.nextDouble() * 0.3);
        double cy = h * (0.3 + random.nextDouble() * 0.4);
        double radius = 150 + random.nextInt(110);
        double a1 = random.nextDouble() * 6;
        double a2 = random.nextDouble() * 6;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster src = page.getRaster();
        WritableRaster dst = out.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = x - cx;
                double dy = y - cy;
                double angle = Math.atan2(dy, dx);
                double edge = radius * (1 + 0.16 * Math.sin(3 * angle + a1) + 0.08 * Math.sin(7 * angle + a2));
                double d = Math.hypot(dx, dy) - edge;
                double v = src.getSample(x, y, 0);
                if (d < 0) {
                    double spread = 0;
                    for (int k = -2; k <= 2; k++) {
                        spread += src.getSample(Math.min(w - 1, Math.max(0, x + k)), y, 0)
                                + src.getSample(x, Math.min(h - 1, Math.max(0, y + k)), 0);
                    }
                    v = 255 - (255 - spread / 10) * 0.5;
                    v *= 0.94;
                }
                if (Math.abs(d) < 5) {
                    v *= 0.72;
                }
                dst.setSample(x, y, 0, (int) v);
            }
        }
        return out;
    }

    /**
     * A rubber stamp pressed over the print, as billing desks and labs stamp their papers: a grey double ring with a
     * word across it, tilted, the ink uneven, darkening (never lightening) the print beneath it.
     */
    static BufferedImage rubberStamp(BufferedImage page, Random random) {
        int w = page.getWidth();
        int h = page.getHeight();
        BufferedImage ink = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = ink.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        int r = 170 + random.nextInt(50);
        int cx = (int) (w * (0.35 + random.nextDouble() * 0.3));
        int cy = (int) (h * (0.35 + random.nextDouble() * 0.4));
        g.rotate(Math.toRadians(-25 + random.nextInt(50)), cx, cy);
        g.setColor(new java.awt.Color(120, 120, 120));
        g.setStroke(new java.awt.BasicStroke(7f));
        g.drawOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setStroke(new java.awt.BasicStroke(3f));
        g.drawOval(cx - r + 22, cy - r + 22, 2 * r - 44, 2 * r - 44);
        String[] words = {"PAID", "VERIFIED", "CHECKED", "RECEIVED"};
        String word = words[random.nextInt(words.length)];
        g.setFont(new java.awt.Font("Nimbus Sans", java.awt.Font.BOLD, 64));
        int tw = g.getFontMetrics().stringWidth(word);
        g.drawString(word, cx - tw / 2, cy + 22);
        g.dispose();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster src = page.getRaster();
        WritableRaster stamp = ink.getRaster();
        WritableRaster dst = out.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double s = stamp.getSample(x, y, 0);
                if (s < 255 && random.nextInt(4) == 0) {
                    s = 255 - (255 - s) * 0.4;
                }
                dst.setSample(x, y, 0, (int) (src.getSample(x, y, 0) * s / 255));
            }
        }
        return out;
    }
}
