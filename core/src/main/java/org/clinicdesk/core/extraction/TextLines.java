package org.clinicdesk.core.extraction;

import java.util.ArrayList;
import java.util.List;

/** The lines of a text as offsets, because a prescription or lab row rarely spans lines and facts keep offsets. */
final class TextLines {
    record Line(int start, int end) {
    }

    private TextLines() {
    }

    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\f' || text.charAt(i) == '\r') {
                if (i > start) {
                    lines.add(new Line(start, i));
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
