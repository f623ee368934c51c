package org.clinicdesk.app.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV as RFC 4180 has it: every field quoted, quotes doubled, CRLF lines, UTF-8. */
public final class CsvText {
    private CsvText() {
    }

    /** The header line then one line per row. */
    public static byte[] of(String header, List<String[]> rows) {
        StringBuilder csv = new StringBuilder(header).append("\r\n");
        for (String[] fields : rows) {
            for (int i = 0; i < fields.length; i++) {
                String f = fields[i] == null ? "" : fields[i];
                csv.append(i == 0 ? "" : ",").append('"').append(f.replace("\"", "\"\"")).append('"');
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
