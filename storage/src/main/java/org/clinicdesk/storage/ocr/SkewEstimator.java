package org.clinicdesk.storage.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the small rotation that makes text lines horizontal, by projection profiles: at the right angle the dark
 * pixels fall into sharp rows with white gaps between, so the squared row counts peak. Scanner grain adds an even
 * floor that barely moves the peak, where a Hough transform on the same page was thrown off by it.
 */
final class SkewEstimator {
    static final double MAX_DEGREES = 10;
    private static final int SAMPLE_WIDTH = 900;

    private SkewEstimator() {
    }

    /** Degrees to rotate the page (clockwise on screen, as {@code Graphics2D.rotate}) to level its lines. */
    static double correction(BufferedImage gray) {
        BufferedImage sample = downscale(gray);
        List<int[]> dark = darkPixels(sample);
        if (dark.size() < 200) {
            return 0;
        }
        double best = 0;
        double bestScore = -1;
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES; a += 0.5) {
            double score = score(dark, sample.getHeight(), sample.getWidth(), a);
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.5; a <= coarse + 0.5; a += 0.05) {
            double score = score(dark, sample.getHeight(), sample.getWidth(), a);
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }

    private static double score(List<int[]> dark, int height, int width, double degrees) {
        double r = Math.toRadians(degrees);
        double sin = Math.sin(r);
        double cos = Math.cos(r);
        int offset = width + 1;
        long[] bins = new long[height + 2 * offset];
        for (int[] p : dark) {
            int y = (int) Math.round(p[0] * sin + p[1] * cos) + offset;
            if (y >= 0 && y < bins.length) {
                bins[y]++;
            }
        }
        double sum = 0;
        for (long b : bins) {
            sum += (double) b * b;
        }
        return sum;
    }

    private static List<int[]> darkPixels(BufferedImage sample) {
        byte[] px = ((DataBufferByte) sample.getRaster().getDataBuffer()).getData();
        int threshold = otsu(px);
        List<int[]> dark = new ArrayList<>();
        int w = sample.getWidth();
        for (int i = 0; i < px.length; i++) {
            if ((px[i] & 0xFF) < threshold) {
                dark.add(new int[] {i % w, i / w});
            }
        }
        return dark;
    }

    private static int otsu(byte[] px) {
        long[] hist = new long[256];
        for (byte b : px) {
            hist[b & 0xFF]++;
        }
        long total = px.length;
        double sumAll = 0;
        for (int i = 0; i < 256; i++) {
            sumAll += (double) i * hist[i];
        }
        double sumBack = 0;
        long back = 0;
        double bestVar = -1;
        int best = 128;
        for (int t = 0; t < 256; t++) {
            back += hist[t];
            if (back == 0 || back == total) {
                continue;
            }
            sumBack += (double) t * hist[t];
            double meanBack = sumBack / back;
            double meanFore = (sumAll - sumBack) / (total - back);
            double var = (double) back * (total - back) * (meanBack - meanFore) * (meanBack - meanFore);
            if (var > bestVar) {
                bestVar = var;
                best = t + 1;
            }
        }
        return best;
    }

    private static BufferedImage downscale(BufferedImage gray) {
        if (gray.getWidth() <= SAMPLE_WIDTH) {
            return gray;
        }
        double scale = (double) SAMPLE_WIDTH / gray.getWidth();
        BufferedImage out = new BufferedImage(SAMPLE_WIDTH, Math.max(1, (int) (gray.getHeight() * scale)),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(gray, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }
}
