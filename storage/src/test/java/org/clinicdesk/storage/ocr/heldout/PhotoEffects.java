package org.clinicdesk.storage.ocr.heldout;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.util.Random;

/** What happens to a printed page on its way in: a flatbed scan, a fax-like copy, or a photograph taken by phone. */
final class PhotoEffects {
    private PhotoEffects() {
    }

    /** A slight tilt and scanner grain. */
    static BufferedImage flatbed(BufferedImage page, Random random) {
        BufferedImage out = rotate(page, (random.nextBoolean() ? 1 : -1) * random.nextDouble() * 0.8);
        grain(out, random, 6);
        return out;
    }

    /** Halved resolution, hard black and white with dropped and stray pixels, as a fax or a cheap copier gives. */
    static BufferedImage fax(BufferedImage page, Random random) {
        int w = page.getWidth() * 11 / 20;
        int h = page.getHeight() * 11 / 20;
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, 0, 0, w, h, null);
        g.dispose();
        WritableRaster r = small.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = r.getSample(x, y, 0) + (int) (random.nextGaussian() * 22);
                r.setSample(x, y, 0, v < 150 ? 0 : 255);
            }
        }
        return small;
    }

    /**
     * The page photographed on a desk: seen at an angle (its corners moved inwards unevenly), lit from one side with
     * a shadow across it, slightly out of focus, with sensor noise (saved as a JPEG by the set maker).
     */
    static BufferedImage photograph(BufferedImage page, Random random) {
        int w = page.getWidth();
        int h = page.getHeight();
        double[] cx = new double[4];
        double[] cy = new double[4];
        double inset = 0.03 + random.nextDouble() * 0.05;
        double[][] corners = {{0, 0}, {w, 0}, {w, h}, {0, h}};
        for (int i = 0; i < 4; i++) {
            cx[i] = corners[i][0] + (i == 0 || i == 3 ? 1 : -1) * w * (inset + random.nextDouble() * 0.04);
            cy[i] = corners[i][1] + (i < 2 ? 1 : -1) * h * (0.02 + random.nextDouble() * 0.03);
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster src = page.getRaster();
        WritableRaster dst = out.getRaster();
        int desk = 60 + random.nextInt(40);
        double light = random.nextDouble() * Math.PI * 2;
        double shadowEdge = 0.2 + random.nextDouble() * 0.5;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double[] uv = inverseBilinear(x, y, cx, cy);
                int v;
                if (uv == null || uv[0] < 0 || uv[0] > 1 || uv[1] < 0 || uv[1] > 1) {
                    v = desk;
                } else {
                    double sx = uv[0] * (w - 1);
                    double sy = uv[1] * (h - 1);
                    v = (int) sample(src, sx, sy);
                    double shade = 0.78 + 0.2 * Math.cos(light + uv[0] * 2.2 + uv[1] * 1.4);
                    if (uv[0] * 0.7 + uv[1] * 0.3 < shadowEdge) {
                        shade *= 0.72;
                    }
                    v = (int) (v * shade);
                }
                dst.setSample(x, y, 0, v);
            }
        }
        BufferedImage blurred = gaussian(out, 1.2 + random.nextDouble() * 0.6);
        grain(blurred, random, 7);
        return blurred;
    }

    private static double sample(WritableRaster r, double x, double y) {
        int x0 = (int) x;
        int y0 = (int) y;
        int x1 = Math.min(x0 + 1, r.getWidth() - 1);
        int y1 = Math.min(y0 + 1, r.getHeight() - 1);
        double fx = x - x0;
        double fy = y - y0;
        double top = r.getSample(x0, y0, 0) * (1 - fx) + r.getSample(x1, y0, 0) * fx;
        double bottom = r.getSample(x0, y1, 0) * (1 - fx) + r.getSample(x1, y1, 0) * fx;
        return top * (1 - fy) + bottom * fy;
    }

    /** (u, v) in the unit square whose bilinear image of the quad's corners is (x, y), by Newton steps. */
    private static double[] inverseBilinear(double x, double y, double[] cx, double[] cy) {
        double u = 0.5;
        double v = 0.5;
        for (int i = 0; i < 8; i++) {
            double px = (1 - u) * (1 - v) * cx[0] + u * (1 - v) * cx[1] + u * v * cx[2] + (1 - u) * v * cx[3];
            double py = (1 - u) * (1 - v) * cy[0] + u * (1 - v) * cy[1] + u * v * cy[2] + (1 - u) * v * cy[3];
            double dxu = (1 - v) * (cx[1] - cx[0]) + v * (cx[2] - cx[3]);
            double dxv = (1 - u) * (cx[3] - cx[0]) + u * (cx[2] - cx[1]);
            double dyu = (1 - v) * (cy[1] - cy[0]) + v * (cy[2] - cy[3]);
            double dyv = (1 - u) * (cy[3] - cy[0]) + u * (cy[2] - cy[1]);
            double det = dxu * dyv - dxv * dyu;
            if (Math.abs(det) < 1e-9) {
                return null;
            }
            double ex = x - px;
            double ey = y - py;
            u += (ex * dyv - ey * dxv) / det;
            v += (ey * dxu - ex * dyu) / det;
        }
        return new double[] {u, v};
    }

    private static BufferedImage gaussian(BufferedImage img, double sigma) {
        int radius = (int) Math.ceil(sigma * 2);
        float[] k = new float[radius * 2 + 1];
        float sum = 0;
        for (int i = -radius; i <= radius; i++) {
            k[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            sum += k[i + radius];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        BufferedImage a = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage b = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        new ConvolveOp(new Kernel(k.length, 1, k), ConvolveOp.EDGE_NO_OP, null).filter(img, a);
        new ConvolveOp(new Kernel(1, k.length, k), ConvolveOp.EDGE_NO_OP, null).filter(a, b);
        return b;
    }

    private static void grain(BufferedImage img, Random random, double sigma) {
        WritableRaster r = img.getRaster();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int v = r.getSample(x, y, 0) + (int) (random.nextGaussian() * sigma);
                r.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
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
