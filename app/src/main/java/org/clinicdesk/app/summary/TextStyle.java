package org.clinicdesk.app.summary;

import java.awt.Color;

/** How a piece of text is set on the summary: weight, size in points, colour and line height. */
public record TextStyle(Weight weight, float size, Color color) {

    /** Regular or bold. */
    public enum Weight { REGULAR, BOLD }

    public static final Color INK = new Color(0x1F, 0x29, 0x33);
    public static final Color MUTED = new Color(0x5F, 0x6B, 0x76);
    public static final Color ACCENT = new Color(0x0B, 0x5F, 0x73);
    public static final Color ALERT = new Color(0xB0, 0x1E, 0x1E);

    public static final TextStyle TITLE = new TextStyle(Weight.BOLD, 17, ACCENT);
    public static final TextStyle HEADING = new TextStyle(Weight.BOLD, 10.5f, ACCENT);
    public static final TextStyle BODY = new TextStyle(Weight.REGULAR, 10, INK);
    public static final TextStyle BODY_BOLD = new TextStyle(Weight.BOLD, 10, INK);
    public static final TextStyle LABEL = new TextStyle(Weight.REGULAR, 7.5f, MUTED);
    public static final TextStyle SMALL = new TextStyle(Weight.REGULAR, 8, MUTED);
    public static final TextStyle SMALL_BOLD = new TextStyle(Weight.BOLD, 8, MUTED);
    public static final TextStyle WARNING = new TextStyle(Weight.BOLD, 10, ALERT);

    public float leading() {
        return size * 1.38f;
    }

    public TextStyle colored(Color c) {
        return new TextStyle(weight, size, c);
    }
}
