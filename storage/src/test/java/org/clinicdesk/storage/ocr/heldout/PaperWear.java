package org.clinicdesk.storage.ocr.heldout;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Random;

/**
 * What happened to a paper before it was scanned, faxed or photographed, none of which the pipeline was tuned on:
 * a fold across the page, a grey recycled paper with a mottled tone, or a lamp low at one corner. Applied to the clean
 * page, before {@link PhotoEffects}.
 */
final class PaperWear {
    /** One kind of wear, by the name the truth's LAYOUT line gives it. */
    enum Wear {
        CREASE, TONED_PAPER, LAMP_AT_CORNER
    }

    private PaperWear() {
    }

    static BufferedImage apply(BufferedImage page, Wear wear, Random random) {
        return switch (wear) {
            case CREASE -> crease(page, random);
            case TONED_PAPER -> toned(page, random);
            case LAMP_AT_CORNER -> lampAtCorner(page, random);
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
}
