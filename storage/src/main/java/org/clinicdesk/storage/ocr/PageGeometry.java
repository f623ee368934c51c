package org.clinicdesk.storage.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Optional;
import org.clinicdesk.core.documents.WordBox;

/**
 * Corrections for pages that did not come off a flatbed, in plain Java: a page photographed lying on a desk is found
 * (a bright quadrilateral on a darker surround touching every edge) and warped back to a rectangle; light that falls
 * unevenly across a page (a shadow, a lamp to one side) is divided out against a coarse estimate of the paper's own
 * brightness; a low-resolution black-and-white copy (a fax) is enlarged so Tesseract sees strokes of a usable height.
 * Each step changes a page only when it recognises its case, so flatbed scans pass through untouched. The output is
 * never larger than {@link #MAX_UPSCALED_PIXELS} or the input.
 */
final class PageGeometry {
    /** Coarse grid step for the page and light estimates, in pixels of the full page. */
    static final int STEP = 8;
    /** A page's quadrilateral must hold at least this share of the picture (otherwise it is not a page on a desk). */
    static final double MIN_PAGE_SHARE = 0.35;
    /** Paper and surround must differ by this much (0..255) in mean brightness to be told apart. */
    static final int MIN_DESK_CONTRAST = 45;
    /** A cell within this much (0..255) of the desk's level, reached from the picture's edges, is desk. */
    static final int DESK_TOLERANCE = 10;
    /** Light is uneven when the paper's brightness across the page spreads over more than this (0..255). */
    static final int UNEVEN_LIGHT_SPREAD = 28;
    /** A bilevel page narrower than this (pixels) is a low-resolution copy and is enlarged twice. */
    static final int LOW_RESOLUTION_WIDTH = 1400;
    /** How many times a low-resolution copy is enlarged, each way. */
    static final int ENLARGEMENT = 2;
    /** No enlargement beyond this many pixels, whatever the input. */
    static final long MAX_UPSCALED_PIXELS = 12_000_000L;

    private PageGeometry() {
    }

    /** A corrected page and the map from its coordinates back to the input's (for the review's word boxes). */
    record Corrected(BufferedImage image, BoxMap toSource) {
    }

    /** Maps a box in the corrected page to the box around it in the page as decoded. */
    interface BoxMap {
        BoxMap IDENTITY = b -> b;

        WordBox apply(WordBox box);

        default BoxMap then(BoxMap next) {
            return b -> next.apply(apply(b));
        }

        /** The box around where a box of the transformed picture was before {@code forward} moved it. */
        static BoxMap undoing(java.awt.geom.AffineTransform forward) {
            java.awt.geom.AffineTransform back;
            try {
                back = forward.createInverse();
            } catch (java.awt.geom.NoninvertibleTransformException e) {
                throw new IllegalArgumentException("a page transform always turns or scales", e);
            }
            return b -> {
                java.awt.geom.Rectangle2D r = back.createTransformedShape(
                        new java.awt.Rectangle(b.x(), b.y(), b.width(), b.height())).getBounds2D();
                int x = (int) Math.floor(r.getMinX());
                int y = (int) Math.floor(r.getMinY());
                return new WordBox(x, y, (int) Math.ceil(r.getMaxX()) - x, (int) Math.ceil(r.getMaxY()) - y);
            };
        }
    }

    /** A low-resolution bilevel page (a fax) enlarged twice with smoothing; empty for any other page. */
    static Optional<Corrected> enlargeLowResolution(BufferedImage gray, int dpi) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        boolean lowResolution = dpi > 0 ? dpi < 200 : w < LOW_RESOLUTION_WIDTH && h < LOW_RESOLUTION_WIDTH * 2;
        if (!lowResolution || 4L * w * h > MAX_UPSCALED_PIXELS || !isBilevel(gray)) {
            return Optional.empty();
        }
        byte[] in = pixels(gray);
        int ow = w * 2;
        int oh = h * 2;
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = pixels(out);
        for (int y = 0; y < oh; y++) {
            double sy = Math.max(0, (y - 0.5) / 2);
            int y0 = Math.min((int) sy, h - 1);
            int y1 = Math.min(y0 + 1, h - 1);
            double fy = sy - y0;
            for (int x = 0; x < ow; x++) {
                double sx = Math.max(0, (x - 0.5) / 2);
                int x0 = Math.min((int) sx, w - 1);
                int x1 = Math.min(x0 + 1, w - 1);
                double fx = sx - x0;
                double top = (in[y0 * w + x0] & 0xFF) * (1 - fx) + (in[y0 * w + x1] & 0xFF) * fx;
                double bottom = (in[y1 * w + x0] & 0xFF) * (1 - fx) + (in[y1 * w + x1] & 0xFF) * fx;
                o[y * ow + x] = (byte) Math.round(top * (1 - fy) + bottom * fy);
            }
        }
        return Optional.of(new Corrected(out, b -> new WordBox(b.x() / 2, b.y() / 2, (b.width() + 1) / 2,
                (b.height() + 1) / 2)));
    }

    /** The page found on a darker surround and warped to a rectangle; empty when no such page is seen. */
    static Optional<Corrected> straightenPhotographedPage(BufferedImage gray) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        int gw = w / STEP;
        int gh = h / STEP;
        if (gw < 16 || gh < 16) {
            return Optional.empty();
        }
        int[] grid = blockMeans(gray, gw, gh);
        // The surround's level is read along the picture's edges. A desk is even (a cell's mean hardly varies), while
        // paper in a shadow can be nearly as dark as the desk: so the desk is grown inwards from the edges through
        // cells close to its own level, and the page is what it does not reach.
        int[] edge = new int[2 * (gw + gh)];
        int k = 0;
        for (int x = 0; x < gw; x++) {
            edge[k++] = grid[x];
            edge[k++] = grid[(gh - 1) * gw + x];
        }
        for (int y = 0; y < gh; y++) {
            edge[k++] = grid[y * gw];
            edge[k++] = grid[y * gw + gw - 1];
        }
        java.util.Arrays.sort(edge);
        int[] sorted = grid.clone();
        java.util.Arrays.sort(sorted);
        int desk = edge[edge.length / 2];
        int paper = sorted[sorted.length * 9 / 10];
        if (paper - desk < MIN_DESK_CONTRAST) {
            return Optional.empty();
        }
        boolean[] isDesk = growDesk(grid, gw, gh, desk);
        // The desk must run along every edge of the picture, or this is a dark page region, not a desk.
        if (!deskAlongEveryEdge(isDesk, gw, gh)) {
            return Optional.empty();
        }
        boolean[] page = largestComponent(isDesk, gw, gh);
        double[][] corners = corners(page, gw, gh);
        if (corners == null) {
            return Optional.empty();
        }
        double area = quadArea(corners);
        if (area < MIN_PAGE_SHARE * gw * gh) {
            return Optional.empty();
        }
        // Grid cells to pixels (cell centres), then a little inwards so no strip of desk stays at the edges.
        double[][] c = new double[4][2];
        double[] centre = {0, 0};
        for (int i = 0; i < 4; i++) {
            c[i][0] = corners[i][0] * STEP + STEP / 2.0;
            c[i][1] = corners[i][1] * STEP + STEP / 2.0;
            centre[0] += c[i][0] / 4;
            centre[1] += c[i][1] / 4;
        }
        for (int i = 0; i < 4; i++) {
            c[i][0] += (centre[0] - c[i][0]) * 0.01;
            c[i][1] += (centre[1] - c[i][1]) * 0.01;
        }
        int ow = (int) Math.round(Math.max(dist(c[0], c[1]), dist(c[3], c[2])));
        int oh = (int) Math.round(Math.max(dist(c[0], c[3]), dist(c[1], c[2])));
        if ((long) ow * oh > (long) w * h) {
            double shrink = Math.sqrt((double) w * h / ((long) ow * oh));
            ow = (int) (ow * shrink);
            oh = (int) (oh * shrink);
        }
        double[] hm = homography(new double[][] {{0, 0}, {ow - 1, 0}, {ow - 1, oh - 1}, {0, oh - 1}}, c);
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_BYTE_GRAY);
        byte[] in = pixels(gray);
        byte[] o = pixels(out);
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                double d = hm[6] * x + hm[7] * y + 1;
                double sx = (hm[0] * x + hm[1] * y + hm[2]) / d;
                double sy = (hm[3] * x + hm[4] * y + hm[5]) / d;
                o[y * ow + x] = (byte) bilinear(in, w, h, sx, sy);
            }
        }
        BoxMap back = b -> {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int[] p : new int[][] {{b.x(), b.y()}, {b.x() + b.width(), b.y()}, {b.x(), b.y() + b.height()},
                {b.x() + b.width(), b.y() + b.height()}}) {
                double d = hm[6] * p[0] + hm[7] * p[1] + 1;
                double sx = (hm[0] * p[0] + hm[1] * p[1] + hm[2]) / d;
                double sy = (hm[3] * p[0] + hm[4] * p[1] + hm[5]) / d;
                minX = Math.min(minX, sx);
                minY = Math.min(minY, sy);
                maxX = Math.max(maxX, sx);
                maxY = Math.max(maxY, sy);
            }
            return new WordBox((int) Math.round(minX), (int) Math.round(minY), (int) Math.round(maxX - minX),
                    (int) Math.round(maxY - minY));
        };
        return Optional.of(new Corrected(out, back));
    }

    /**
     * The page with uneven light divided out: each pixel over the paper's brightness around it (the brightest
     * blocks nearby, smoothed), stretched back to white paper; empty when the paper is evenly lit.
     */
    static Optional<Corrected> evenOutLight(BufferedImage gray) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        int cell = 2 * STEP;
        int gw = (w + cell - 1) / cell;
        int gh = (h + cell - 1) / cell;
        if (gw < 4 || gh < 4) {
            return Optional.empty();
        }
        byte[] in = pixels(gray);
        // The paper's brightness per cell: a high percentile, so text inside the cell does not pull it down.
        int[] paper = new int[gw * gh];
        int[] histogram = new int[256];
        for (int gy = 0; gy < gh; gy++) {
            for (int gx = 0; gx < gw; gx++) {
                java.util.Arrays.fill(histogram, 0);
                int n = 0;
                for (int y = gy * cell; y < Math.min(h, (gy + 1) * cell); y++) {
                    for (int x = gx * cell; x < Math.min(w, (gx + 1) * cell); x++) {
                        histogram[in[y * w + x] & 0xFF]++;
                        n++;
                    }
                }
                int target = n * 9 / 10;
                int seen = 0;
                int v = 0;
                while (v < 255 && seen + histogram[v] < target) {
                    seen += histogram[v++];
                }
                paper[gy * gw + gx] = v;
            }
        }
        // A cell inside a heavy stroke or a rule reads dark: the median of the cells around it stands for it.
        int[] bright = new int[paper.length];
        int[] around = new int[9];
        for (int gy = 0; gy < gh; gy++) {
            for (int gx = 0; gx < gw; gx++) {
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = Math.max(0, Math.min(gw - 1, gx + dx));
                        int y = Math.max(0, Math.min(gh - 1, gy + dy));
                        around[n++] = paper[y * gw + x];
                    }
                }
                java.util.Arrays.sort(around);
                bright[gy * gw + gx] = Math.max(around[4], paper[gy * gw + gx]);
            }
        }
        int[] sorted = bright.clone();
        java.util.Arrays.sort(sorted);
        int spread = sorted[sorted.length * 95 / 100] - sorted[sorted.length * 5 / 100];
        if (spread <= UNEVEN_LIGHT_SPREAD) {
            return Optional.empty();
        }
        int[] smooth = bright;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = pixels(out);
        for (int y = 0; y < h; y++) {
            double gyf = Math.max(0, Math.min(gh - 1, (y + 0.5) / cell - 0.5));
            int gy0 = (int) gyf;
            int gy1 = Math.min(gy0 + 1, gh - 1);
            double fy = gyf - gy0;
            for (int x = 0; x < w; x++) {
                double gxf = Math.max(0, Math.min(gw - 1, (x + 0.5) / cell - 0.5));
                int gx0 = (int) gxf;
                int gx1 = Math.min(gx0 + 1, gw - 1);
                double fx = gxf - gx0;
                double bg = (smooth[gy0 * gw + gx0] * (1 - fx) + smooth[gy0 * gw + gx1] * fx) * (1 - fy)
                        + (smooth[gy1 * gw + gx0] * (1 - fx) + smooth[gy1 * gw + gx1] * fx) * fy;
                int v = (int) Math.round(255.0 * (in[y * w + x] & 0xFF) / Math.max(24, bg));
                o[y * w + x] = (byte) Math.min(255, v);
            }
        }
        return Optional.of(new Corrected(out, BoxMap.IDENTITY));
    }

    static boolean isBilevel(BufferedImage gray) {
        byte[] px = pixels(gray);
        int extreme = 0;
        int n = 0;
        for (int i = 0; i < px.length; i += 5) {
            int v = px[i] & 0xFF;
            if (v < 16 || v > 239) {
                extreme++;
            }
            n++;
        }
        return extreme >= n * 0.98;
    }

    private static int[] blockMeans(BufferedImage gray, int gw, int gh) {
        byte[] in = pixels(gray);
        int w = gray.getWidth();
        int[] grid = new int[gw * gh];
        for (int gy = 0; gy < gh; gy++) {
            for (int gx = 0; gx < gw; gx++) {
                int sum = 0;
                for (int y = gy * STEP; y < gy * STEP + STEP; y++) {
                    for (int x = gx * STEP; x < gx * STEP + STEP; x++) {
                        sum += in[y * w + x] & 0xFF;
                    }
                }
                grid[gy * gw + gx] = sum / (STEP * STEP);
            }
        }
        return grid;
    }

    /** The cells reached from the picture's edges through cells within {@link #DESK_TOLERANCE} of the desk's level. */
    private static boolean[] growDesk(int[] grid, int gw, int gh, int desk) {
        boolean[] reached = new boolean[grid.length];
        int[] stack = new int[grid.length];
        int top = 0;
        for (int p = 0; p < grid.length; p++) {
            int x = p % gw;
            int y = p / gw;
            boolean edge = x == 0 || y == 0 || x == gw - 1 || y == gh - 1;
            if (edge && Math.abs(grid[p] - desk) <= DESK_TOLERANCE) {
                reached[p] = true;
                stack[top++] = p;
            }
        }
        while (top > 0) {
            int p = stack[--top];
            int x = p % gw;
            int y = p / gw;
            int[] around = {x > 0 ? p - 1 : -1, x < gw - 1 ? p + 1 : -1, y > 0 ? p - gw : -1, y < gh - 1 ? p + gw : -1};
            for (int q : around) {
                if (q >= 0 && !reached[q] && Math.abs(grid[q] - desk) <= DESK_TOLERANCE) {
                    reached[q] = true;
                    stack[top++] = q;
                }
            }
        }
        return reached;
    }

    /** Most cells along each of the four edges are desk. */
    private static boolean deskAlongEveryEdge(boolean[] desk, int gw, int gh) {
        int[] count = new int[4];
        for (int x = 0; x < gw; x++) {
            count[0] += desk[x] ? 1 : 0;
            count[2] += desk[(gh - 1) * gw + x] ? 1 : 0;
        }
        for (int y = 0; y < gh; y++) {
            count[1] += desk[y * gw + gw - 1] ? 1 : 0;
            count[3] += desk[y * gw] ? 1 : 0;
        }
        return count[0] > gw * 0.8 && count[2] > gw * 0.8 && count[1] > gh * 0.8 && count[3] > gh * 0.8;
    }

    /** The largest 4-connected region of cells that are not desk. */
    private static boolean[] largestComponent(boolean[] desk, int gw, int gh) {
        int[] label = new int[desk.length];
        int[] stack = new int[desk.length];
        int best = 0;
        int bestSize = 0;
        int next = 0;
        for (int start = 0; start < desk.length; start++) {
            if (desk[start] || label[start] != 0) {
                continue;
            }
            next++;
            int size = 0;
            int top = 0;
            stack[top++] = start;
            label[start] = next;
            while (top > 0) {
                int p = stack[--top];
                size++;
                int x = p % gw;
                int y = p / gw;
                int[] around = {x > 0 ? p - 1 : -1, x < gw - 1 ? p + 1 : -1, y > 0 ? p - gw : -1, y < gh - 1 ? p + gw : -1};
                for (int q : around) {
                    if (q >= 0 && label[q] == 0 && !desk[q]) {
                        label[q] = next;
                        stack[top++] = q;
                    }
                }
            }
            if (size > bestSize) {
                bestSize = size;
                best = next;
            }
        }
        boolean[] page = new boolean[desk.length];
        for (int i = 0; i < desk.length; i++) {
            page[i] = label[i] == best && best != 0;
        }
        return page;
    }

    /** Top-left, top-right, bottom-right, bottom-left: the cells furthest out along the diagonals. */
    private static double[][] corners(boolean[] page, int gw, int gh) {
        double[][] c = new double[4][];
        double[] score = {Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE};
        for (int y = 0; y < gh; y++) {
            for (int x = 0; x < gw; x++) {
                if (!page[y * gw + x]) {
                    continue;
                }
                double sum = x + y;
                double diff = x - y;
                if (sum < score[0]) {
                    score[0] = sum;
                    c[0] = new double[] {x, y};
                }
                if (diff > score[1]) {
                    score[1] = diff;
                    c[1] = new double[] {x, y};
                }
                if (sum > score[2]) {
                    score[2] = sum;
                    c[2] = new double[] {x, y};
                }
                if (diff < score[3]) {
                    score[3] = diff;
                    c[3] = new double[] {x, y};
                }
            }
        }
        return c[0] == null ? null : c;
    }

    private static double quadArea(double[][] c) {
        double a = 0;
        for (int i = 0; i < 4; i++) {
            double[] p = c[i];
            double[] q = c[(i + 1) % 4];
            a += p[0] * q[1] - q[0] * p[1];
        }
        return Math.abs(a) / 2;
    }

    private static double dist(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    /** The projective map (h0..h7, h8 = 1) taking each {@code from} point to its {@code to} point. */
    static double[] homography(double[][] from, double[][] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i][0];
            double y = from[i][1];
            double u = to[i][0];
            double v = to[i][1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < 8; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int k = col; k < 9; k++) {
                        a[r][k] -= f * a[col][k];
                    }
                }
            }
        }
        double[] h = new double[8];
        for (int i = 0; i < 8; i++) {
            h[i] = a[i][8] / a[i][i];
        }
        return h;
    }

    private static int bilinear(byte[] in, int w, int h, double x, double y) {
        if (x < 0 || y < 0 || x > w - 1 || y > h - 1) {
            return 255;
        }
        int x0 = (int) x;
        int y0 = (int) y;
        int x1 = Math.min(x0 + 1, w - 1);
        int y1 = Math.min(y0 + 1, h - 1);
        double fx = x - x0;
        double fy = y - y0;
        double top = (in[y0 * w + x0] & 0xFF) * (1 - fx) + (in[y0 * w + x1] & 0xFF) * fx;
        double bottom = (in[y1 * w + x0] & 0xFF) * (1 - fx) + (in[y1 * w + x1] & 0xFF) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }

    private static byte[] pixels(BufferedImage gray) {
        return ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    }
}
