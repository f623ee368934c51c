package org.clinicdesk.storage.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Prepares a page for reading: grayscale, grain removal on grainy grey pages, the small skew of a hand-fed scanner,
 * and on request quarter turns from Tesseract's orientation detection (only when it is confident, because a wrong
 * turn ruins a page that was fine).
 */
final class PageNormaliser {
    /** Below this, Tesseract's orientation guess is noise; upright pages score well above it. */
    static final float MIN_ORIENTATION_CONFIDENCE = 2.0f;
    /** Skews smaller than this do not hurt Tesseract. */
    static final double MIN_SKEW_DEGREES = 0.3;

    /**
     * The page as read, its quarter turn and deskew, the map from its word boxes back to the decoded page, and the
     * resolution Tesseract must be told: the decoded page's, times any enlargement (0 when the file gives none).
     */
    record Normalised(BufferedImage image, int rotationDegrees, double deskewDegrees, PageGeometry.BoxMap toSource,
                      int dpi) {
        Normalised(BufferedImage image, int rotationDegrees, double deskewDegrees) {
            this(image, rotationDegrees, deskewDegrees, PageGeometry.BoxMap.IDENTITY, 0);
        }
    }

    /**
     * Grayscale; a low-resolution black-and-white copy enlarged; a page photographed on a desk warped back to a
     * rectangle and its uneven light evened out; grain removal where the paper is grainy; deskew. No quarter turns
     * (see {@link #turnUpright}).
     */
    Normalised normalise(BufferedImage source, int dpi) {
        BufferedImage gray = toGray(source);
        PageGeometry.BoxMap toSource = PageGeometry.BoxMap.IDENTITY;
        Optional<PageGeometry.Corrected> enlarged = PageGeometry.enlargeLowResolution(gray, dpi);
        if (enlarged.isPresent()) {
            // Twice the pixels over the same paper: twice the resolution.
            return withMap(deskew(enlarged.get().image(), 0), enlarged.get().toSource(),
                    dpi * PageGeometry.ENLARGEMENT);
        }
        Optional<PageGeometry.Corrected> straight = PageGeometry.straightenPhotographedPage(gray);
        if (straight.isPresent()) {
            gray = straight.get().image();
            toSource = straight.get().toSource();
        }
        Optional<PageGeometry.Corrected> even = PageGeometry.evenOutLight(gray);
        if (even.isPresent()) {
            gray = even.get().image();
        }
        if (source.getColorModel().getPixelSize() > 1 && Denoiser.isGrainy(gray)) {
            gray = Denoiser.median3(gray);
        }
        // A page warped back to a rectangle by its own edges has no skew left; the edge of a shadow across it would
        // only mislead the skew estimate.
        return straight.isPresent() ? new Normalised(gray, 0, 0, toSource, dpi) : withMap(deskew(gray, 0), toSource, dpi);
    }

    /** Deskew turns about the centre by under a few degrees; boxes are mapped back through the earlier steps only. */
    private static Normalised withMap(Normalised n, PageGeometry.BoxMap toSource, int dpi) {
        return new Normalised(n.image(), n.rotationDegrees(), n.deskewDegrees(), toSource, dpi);
    }

    /**
     * The page turned upright when Tesseract's orientation detection is confident it is not, then deskewed; empty
     * when it is upright or the detector is unsure. Costs a layout pass, so it runs only for pages that read badly.
     * The turned page's word boxes map back through the turn and that deskew to where {@code page}'s own boxes go,
     * so they land on the same words of the decoded page.
     */
    Optional<Normalised> turnUpright(Normalised page, TesseractPageReader engine) {
        int rotation = engine.detectOrientation(page.image(), page.dpi())
                .filter(o -> o.degrees() != 0 && o.confidence() >= MIN_ORIENTATION_CONFIDENCE)
                .map(o -> (360 - o.degrees()) % 360).orElse(0);
        if (rotation == 0) {
            return Optional.empty();
        }
        BufferedImage turned = rotateQuarterTurns(page.image(), rotation);
        Normalised straight = deskew(turned, rotation);
        PageGeometry.BoxMap back = PageGeometry.BoxMap.undoing(smallRotation(turned, straight.deskewDegrees()))
                .then(PageGeometry.BoxMap.undoing(quarterTurns(page.image(), rotation)))
                .then(page.toSource());
        return Optional.of(new Normalised(straight.image(), rotation, straight.deskewDegrees(), back, page.dpi()));
    }

    private static Normalised deskew(BufferedImage gray, int rotation) {
        double skew = SkewEstimator.correction(gray);
        if (Math.abs(skew) >= MIN_SKEW_DEGREES && Math.abs(skew) < SkewEstimator.MAX_DEGREES) {
            return new Normalised(rotateSmall(gray, skew), rotation, skew);
        }
        return new Normalised(gray, rotation, 0);
    }

    static BufferedImage toGray(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_BYTE_GRAY && source.getRaster().getDataBuffer().getSize()
                == source.getWidth() * source.getHeight() && source.getRaster().getSampleModelTranslateX() == 0
                && source.getRaster().getSampleModelTranslateY() == 0) {
            return source;
        }
        BufferedImage gray = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, gray.getWidth(), gray.getHeight());
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return gray;
    }

    /** Turns the page clockwise by 90, 180 or 270 degrees (Tesseract reports the page's counter-clockwise orientation). */
    static BufferedImage rotateQuarterTurns(BufferedImage gray, int clockwiseDegrees) {
        boolean swap = Math.floorMod(clockwiseDegrees / 90, 4) % 2 == 1;
        BufferedImage out = new BufferedImage(swap ? gray.getHeight() : gray.getWidth(),
                swap ? gray.getWidth() : gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.drawImage(gray, quarterTurns(gray, clockwiseDegrees), null);
        g.dispose();
        return out;
    }

    /** Where {@link #rotateQuarterTurns} puts each point of {@code gray}. */
    static AffineTransform quarterTurns(BufferedImage gray, int clockwiseDegrees) {
        int turns = Math.floorMod(clockwiseDegrees / 90, 4);
        int w = gray.getWidth();
        int h = gray.getHeight();
        boolean swap = turns % 2 == 1;
        AffineTransform t = new AffineTransform();
        t.translate((swap ? h : w) / 2.0, (swap ? w : h) / 2.0);
        t.quadrantRotate(turns);
        t.translate(-w / 2.0, -h / 2.0);
        return t;
    }

    static BufferedImage rotateSmall(BufferedImage gray, double degrees) {
        BufferedImage out = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.transform(smallRotation(gray, degrees));
        g.drawImage(gray, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Where {@link #rotateSmall} puts each point of {@code gray}. */
    static AffineTransform smallRotation(BufferedImage gray, double degrees) {
        return AffineTransform.getRotateInstance(Math.toRadians(degrees), gray.getWidth() / 2.0, gray.getHeight() / 2.0);
    }
}
