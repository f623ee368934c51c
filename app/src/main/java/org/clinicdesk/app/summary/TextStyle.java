package org.clinicdesk.app.summary;

import java.awt.Color;

/** How a piece of text is set on the summary: weight, size in points, colour and line height. */
record TextStyle(Weight weight, float size, Color color) {

    /** Regular or bold. */
    enum Weight { REGULAR, BOLD }

    static final Color INK = new Color(0x1F, 0x29, 0x33);
    static final Color MUTED = new Color(0x5F, 0x6B, 0x76);
    static final Color ACCENT = new Color(0x0B, 0x5F, 0x73);
    static final Color ALERT = new Color(0xB0, 0x1E, 0x1E);

    static final TextStyle TITLE = new TextStyle(Weight.BOLD, 17, ACCENT);
    static final TextStyle HEADING = new TextStyle(Weight.BOLD, 10.5f, ACCENT);
    static final TextStyle BODY = new TextStyle(Weight.REGULAR, 10, INK);
    static final TextStyle BODY_BOLD = new TextStyle(Weight.BOLD, 10, INK);
    static final TextStyle LABEL = new TextStyle(Weight.REGULAR, 7.5f, MUTED);
    static final TextStyle SMALL = new TextStyle(Weight.REGULAR, 8, MUTED);
    static final TextStyle SMALL_BOLD = new TextStyle(Weight.BOLD, 8, MUTED);
    static final TextStyle WARNING = new TextStyle(Weight.BOLD, 10, ALERT);

    float leading() {
        return size * 1.38f;
    }

    TextStyle colored(Color c) {
        return new TextStyle(weight, size, c);
    }
}
