package org.clinicdesk.storage.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.clinicdesk.core.documents.WordBox;
import org.junit.jupiter.api.Test;

/** The corrections for photographed pages and fax-like copies, on pages drawn with known geometry and light. */
class PageGeometryTest {
    private static final int W = 1400;
    private static final int H = 1000;

    /** White paper with lines of text and a black square at (200, 100)-(240, 140). */
    static BufferedImage page() {
        BufferedImage page = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(235, 235, 235));
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.fillRect(200, 100, 40, 40);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
        for (int i = 0; i < 14; i++) {
            g.drawString("Tab. Metoprolol 25 mg 1-0-1 x 5 days, BP 138/86 mmHg " + i, 120, 220 + i * 52);
        }
        g.dispose();
        return page;
    }

    /** The page seen at an angle on a dark desk: page point (u, v) in [0,1]^2 goes to the bilinear quad's point. */
    static BufferedImage onDesk(BufferedImage page, double[][] quad) {
        double[] hm = PageGeometry.homography(quad, new double[][] {{0, 0}, {W - 1, 0}, {W - 1, H - 1}, {0, H - 1}});
        BufferedImage out = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double d = hm[6] * x + hm[7] * y + 1;
                double sx = (hm[0] * x + hm[1] * y + hm[2]) / d;
                double sy = (hm[3] * x + hm[4] * y + hm[5]) / d;
                boolean inside = sx >= 0 && sy >= 0 && sx < W && sy < H;
                out.getRaster().setSample(x, y, 0, inside ? page.getRaster().getSample((int) sx, (int) sy, 0) : 70);
            }
        }
        return out;
    }

    private static int mean(BufferedImage img, int x0, int y0, int w, int h) {
        long sum = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                sum += img.getRaster().getSample(x, y, 0);
            }
        }
        return (int) (sum / ((long) w * h));
    }

    @Test
    void aPagePhotographedOnADeskIsWarpedBackToARectangle() {
        double[][] quad = {{110, 60}, {1300, 90}, {1250, 950}, {160, 900}};
        Optional<PageGeometry.Corrected> straight = PageGeometry.straightenPhotographedPage(onDesk(page(), quad));

        assertThat(straight).isPresent();
        BufferedImage out = straight.get().image();
        // The page's width and height come back from the quad's longer edges (1190 and 860 pixels here).
        assertThat((double) out.getWidth() / out.getHeight()).isBetween(1.25, 1.5);
        // No desk is left at the edges, and the black square lands where the page had it, scaled.
        double sx = out.getWidth() / (double) W;
        double sy = out.getHeight() / (double) H;
        assertThat(mean(out, 2, 2, out.getWidth() - 4, 6)).isGreaterThan(200);
        assertThat(mean(out, 2, out.getHeight() - 8, out.getWidth() - 4, 6)).isGreaterThan(200);
        assertThat(mean(out, (int) (205 * sx), (int) (105 * sy), (int) (30 * sx), (int) (30 * sy))).isLessThan(40);
        // A word box around the square in the straightened page maps back onto the square in the photograph.
        WordBox back = straight.get().toSource().apply(new WordBox((int) (200 * sx), (int) (100 * sy),
                (int) (40 * sx), (int) (40 * sy)));
        double[] toPhoto = PageGeometry.homography(new double[][] {{0, 0}, {W - 1, 0}, {W - 1, H - 1}, {0, H - 1}}, quad);
        double d = toPhoto[6] * 200 + toPhoto[7] * 100 + 1;
        double x = (toPhoto[0] * 200 + toPhoto[1] * 100 + toPhoto[2]) / d;
        double y = (toPhoto[3] * 200 + toPhoto[4] * 100 + toPhoto[5]) / d;
        assertThat((double) back.x()).isCloseTo(x, org.assertj.core.data.Offset.offset(15.0));
        assertThat((double) back.y()).isCloseTo(y, org.assertj.core.data.Offset.offset(15.0));
    }

    @Test
    void aFlatbedPageIsNotWarped() {
        assertThat(PageGeometry.straightenPhotographedPage(page())).isEmpty();
    }

    @Test
    void unevenLightIsDividedOutAndEvenLightIsLeftAlone() {
        BufferedImage shaded = page();
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double light = (x + y < 900 ? 0.6 : 1.0) * (0.8 + 0.2 * x / W);
                shaded.getRaster().setSample(x, y, 0, (int) (shaded.getRaster().getSample(x, y, 0) * light));
            }
        }
        Optional<PageGeometry.Corrected> even = PageGeometry.evenOutLight(shaded);

        assertThat(even).isPresent();
        BufferedImage out = even.get().image();
        int inShadow = mean(out, 60, 60, 100, 30);
        int lit = mean(out, 1200, 900, 100, 30);
        assertThat(Math.abs(inShadow - lit)).isLessThan(12);
        assertThat(mean(out, 205, 105, 30, 30)).isLessThan(60);
        assertThat(PageGeometry.evenOutLight(page())).isEmpty();
    }

    @Test
    void aLowResolutionBlackAndWhiteCopyIsEnlargedAndItsBoxesMapBack() {
        BufferedImage fax = new BufferedImage(1000, 1300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = fax.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1000, 1300);
        g.setColor(Color.BLACK);
        g.drawString("Tab. Metoprolol 25 mg", 100, 100);
        g.dispose();

        Optional<PageGeometry.Corrected> big = PageGeometry.enlargeLowResolution(fax, 0);

        assertThat(big).isPresent();
        assertThat(big.get().image().getWidth()).isEqualTo(2000);
        assertThat(big.get().image().getHeight()).isEqualTo(2600);
        assertThat(big.get().toSource().apply(new WordBox(200, 180, 400, 40))).isEqualTo(new WordBox(100, 90, 200, 20));
        // A copy whose file says it is 300 dpi, and a grey page, are left alone.
        assertThat(PageGeometry.enlargeLowResolution(fax, 300)).isEmpty();
        assertThat(PageGeometry.enlargeLowResolution(page(), 0)).isEmpty();
    }

    @Test
    void enlargementStaysWithinItsPixelBudget() {
        BufferedImage tall = new BufferedImage(1399, 2790, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = tall.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, tall.getWidth(), tall.getHeight());
        g.dispose();
        assertThat(4L * tall.getWidth() * tall.getHeight()).isGreaterThan(PageGeometry.MAX_UPSCALED_PIXELS);
        assertThat(PageGeometry.enlargeLowResolution(tall, 0)).isEmpty();
        assertThat(PageGeometry.enlargeLowResolution(tall, 100)).isEmpty();
    }
}
