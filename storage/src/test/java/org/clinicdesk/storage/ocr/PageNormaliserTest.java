package org.clinicdesk.storage.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageNormaliserTest {

    private static BufferedImage lines() {
        BufferedImage page = new BufferedImage(1400, 1000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1400, 1000);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 30));
        for (int i = 0; i < 14; i++) {
            g.drawString("Tab. Paracetamol 500 mg PO TDS x 5 days, review after one week " + i, 120, 120 + i * 55);
        }
        g.dispose();
        return page;
    }

    private static BufferedImage grainy(BufferedImage page, long seed) {
        Random random = new Random(seed);
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int v = Math.min(230, page.getRaster().getSample(x, y, 0)) + (int) (random.nextGaussian() * 12);
                out.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        return out;
    }

    @Test
    void skewOfAFewDegreesIsMeasuredWithinATenthOfADegree() {
        for (double degrees : new double[] {-3.5, -1.2, 2.0, 4.0}) {
            BufferedImage skewed = PageNormaliser.rotateSmall(lines(), degrees);
            assertThat(SkewEstimator.correction(skewed)).as("rotated by %s", degrees).isCloseTo(-degrees, within(0.15));
        }
    }

    @Test
    void skewIsMeasuredThroughScannerGrain() {
        BufferedImage skewed = grainy(PageNormaliser.rotateSmall(lines(), 2.5), 7);
        assertThat(SkewEstimator.correction(skewed)).isCloseTo(-2.5, within(0.2));
    }

    @Test
    void levelPageNeedsNoCorrection() {
        assertThat(SkewEstimator.correction(lines())).isCloseTo(0.0, within(0.1));
    }

    @Test
    void grainyPaperIsDetectedAndCleanPaperIsNot() {
        assertThat(Denoiser.isGrainy(lines())).isFalse();
        assertThat(Denoiser.isGrainy(grainy(lines(), 3))).isTrue();
    }

    @Test
    void medianRemovesIsolatedSpecksButKeepsStrokes() {
        BufferedImage page = lines();
        page.getRaster().setSample(50, 50, 0, 0);
        BufferedImage clean = Denoiser.median3(page);
        assertThat(clean.getRaster().getSample(50, 50, 0)).isEqualTo(255);
        long inkBefore = ink(page);
        assertThat((double) ink(clean)).isGreaterThan(inkBefore * 0.6);
    }

    @Test
    void quarterTurnsSwapWidthAndHeightAndFourMakeACircle() {
        BufferedImage page = lines();
        BufferedImage turned = PageNormaliser.rotateQuarterTurns(page, 90);
        assertThat(turned.getWidth()).isEqualTo(page.getHeight());
        BufferedImage back = PageNormaliser.rotateQuarterTurns(turned, 270);
        assertThat(back.getRaster().getSample(130, 110, 0)).isEqualTo(page.getRaster().getSample(130, 110, 0));
        assertThat(ink(back)).isEqualTo(ink(page));
    }

    private static long ink(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRaster().getSample(x, y, 0) < 128) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void anEnlargedFaxIsReadAtTheResolutionOfTheEnlargedPicture() {
        // A 100 dpi black-and-white copy is enlarged twice: Tesseract must be told 200 dpi, not the file's 100.
        BufferedImage fax = new BufferedImage(830, 1170, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = fax.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, fax.getWidth(), fax.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString("Tab. Metoprolol 25 mg 1-0-1", 80, 100);
        g.dispose();
        PageNormaliser normaliser = new PageNormaliser();

        PageNormaliser.Normalised enlarged = normaliser.normalise(fax, 100);
        assertThat(enlarged.image().getWidth()).isEqualTo(1660);
        assertThat(enlarged.dpi()).isEqualTo(200);
        // Not enlarged: the file's own resolution; none known stays none (the reader then assumes 300).
        assertThat(normaliser.normalise(lines(), 300).dpi()).isEqualTo(300);
        assertThat(normaliser.normalise(lines(), 0).dpi()).isZero();
    }
}
