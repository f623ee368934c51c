package org.clinicdesk.app.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clinicdesk.core.common.SpreadsheetText;

/**
 * CSV as RFC 4180 has it: every field quoted, quotes doubled, CRLF lines, UTF-8. A field a spreadsheet would run as a
 * formula is written with a leading apostrophe ({@link SpreadsheetText}), so that opening the file shows the text and
 * runs nothing.
 */
public final class CsvText {
    private CsvText() {
    }

    /** The header line then one line per row. */
    public static byte[] of(String header, List<String[]> rows) {
        StringBuilder csv = new StringBuilder(header).append("\r\n");
        for (String[] fields : rows) {
            for (int i = 0; i < fields.length; i++) {
                String f = SpreadsheetText.inert(fields[i] == null ? "" : fields[i]);
                csv.append(i == 0 ? "" : ",").append('"').append(f.replace("\"", "\"\"")).append('"');
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
