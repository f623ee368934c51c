package org.clinicdesk.storage.ocr.generator;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.Random;

/**
 * A line "written by hand" where no handwriting font is installed: each letter's outline drawn with a shaking pen,
 * slanted, rotated and scaled on its own, on a wobbling baseline. Used by the held-out set and by the development
 * test of "needs typing".
 */
public final class Handwriting {
    private final Random random;

    public Handwriting(Random random) {
        this.random = random;
    }

    public void write(Graphics2D g, String line, int x, int baseline, int size) {
        Font hand = new Font("DejaVu Sans", Font.ITALIC, size);
        Color ink = g.getColor();
        g.setFont(hand);
        g.setColor(new Color(30, 30, 30));
        g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        FontMetrics fm = g.getFontMetrics();
        double pen = x;
        double wobble = 0;
        for (char c : line.toCharArray()) {
            wobble += random.nextGaussian() * 2.5;
            wobble *= 0.8;
            Shape glyph = hand.createGlyphVector(g.getFontRenderContext(), String.valueOf(c)).getOutline();
            AffineTransform at = new AffineTransform();
            at.translate(pen, baseline + wobble);
            at.rotate(Math.toRadians(random.nextGaussian() * 9));
            at.shear(-0.25, 0);
            double scale = 0.85 + random.nextDouble() * 0.35;
            at.scale(scale, scale * (0.9 + random.nextDouble() * 0.3));
            g.draw(shaken(at.createTransformedShape(glyph)));
            pen += fm.charWidth(c) * (0.9 + random.nextDouble() * 0.35);
        }
        g.setColor(ink);
    }

    private Shape shaken(Shape s) {
        Path2D.Double out = new Path2D.Double();
        double[] p = new double[6];
        for (PathIterator it = s.getPathIterator(null, 1.5); !it.isDone(); it.next()) {
            int type = it.currentSegment(p);
            double jx = p[0] + random.nextGaussian() * 1.8;
            double jy = p[1] + random.nextGaussian() * 1.8;
            if (type == PathIterator.SEG_MOVETO) {
                out.moveTo(jx, jy);
            } else if (type == PathIterator.SEG_LINETO) {
                out.lineTo(jx, jy);
            } else if (type == PathIterator.SEG_CLOSE) {
                out.closePath();
            }
        }
        return out;
    }
}
