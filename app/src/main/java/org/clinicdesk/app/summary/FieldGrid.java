package org.clinicdesk.app.summary;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A row of labelled values in equal columns (label small and grey above the value), optionally on a tinted band. */
public final class FieldGrid {
    private static final float PAD = 7;
    private static final float GAP = 10;

    /** One labelled value. */
    public record Field(String label, String value) {
    }

    private FieldGrid() {
    }

    public static void row(PdfCanvas canvas, List<Field> fields, TextStyle valueStyle, Color band) throws IOException {
        int columns = fields.size();
        float cell = (canvas.width() - 2 * PAD - GAP * (columns - 1)) / columns;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (Field f : fields) {
            List<String> value = canvas.wrap(f.value(), valueStyle, cell);
            wrapped.add(value);
            lines = Math.max(lines, value.size());
        }
        float height = PAD + TextStyle.LABEL.leading() + lines * valueStyle.leading() + PAD;
        canvas.keep(height);
        float top = canvas.y();
        if (band != null) {
            canvas.box(canvas.left(), top, canvas.width(), height, band);
        }
        for (int i = 0; i < columns; i++) {
            float x = canvas.left() + PAD + i * (cell + GAP);
            float baseline = top - PAD - TextStyle.LABEL.size();
            canvas.draw(fields.get(i).label().toUpperCase(java.util.Locale.ROOT), TextStyle.LABEL, x, baseline);
            baseline -= TextStyle.LABEL.leading() - TextStyle.LABEL.size() + valueStyle.size() + 1;
            for (String line : wrapped.get(i)) {
                canvas.draw(line, valueStyle, x, baseline);
                baseline -= valueStyle.leading();
            }
        }
        canvas.down(height);
    }
}
