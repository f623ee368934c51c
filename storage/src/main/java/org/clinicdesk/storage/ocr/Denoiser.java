package org.clinicdesk.storage.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Grain removal for photographed or badly scanned pages. Only grainy grey pages are touched: a 3x3 median would
 * erase the one-pixel strokes of a clean bilevel fax, so a page is judged grainy when its paper is not one even
 * shade (fewer than {@value #EVEN_PAPER_SHARE} of paper pixels within a few levels of the commonest shade).
 */
final class Denoiser {
    static final double EVEN_PAPER_SHARE = 0.8;
    private static final int PAPER_FLOOR = 160;
    private static final int SHADE_TOLERANCE = 3;

    private Denoiser() {
    }

    static boolean isGrainy(BufferedImage gray) {
        byte[] px = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int[] histogram = new int[256];
        for (int i = 0; i < px.length; i += 7) {
            histogram[px[i] & 0xFF]++;
        }
        int paper = 0;
        int mode = PAPER_FLOOR;
        for (int v = PAPER_FLOOR; v < 256; v++) {
            paper += histogram[v];
            if (histogram[v] > histogram[mode]) {
                mode = v;
            }
        }
        if (paper == 0) {
            return false;
        }
        int even = 0;
        for (int v = Math.max(PAPER_FLOOR, mode - SHADE_TOLERANCE); v <= Math.min(255, mode + SHADE_TOLERANCE); v++) {
            even += histogram[v];
        }
        return (double) even / paper < EVEN_PAPER_SHARE;
    }

    /** 3x3 median; the border rows and columns are copied as they are. */
    static BufferedImage median3(BufferedImage gray) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] in = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        System.arraycopy(in, 0, o, 0, in.length);
        int[] v = new int[9];
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int k = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int row = (y + dy) * w + x;
                    v[k++] = in[row - 1] & 0xFF;
                    v[k++] = in[row] & 0xFF;
                    v[k++] = in[row + 1] & 0xFF;
                }
                o[y * w + x] = (byte) medianOf9(v);
            }
        }
        return out;
    }

    private static int medianOf9(int[] v) {
        for (int i = 1; i < 9; i++) {
            int x = v[i];
            int j = i - 1;
            while (j >= 0 && v[j] > x) {
                v[j + 1] = v[j];
                j--;
            }
            v[j + 1] = x;
        }
        return v[4];
    }
}
