package org.clinicdesk.app.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as RFC 4180 has it: every field quoted, quotes doubled, CRLF lines, UTF-8. A field a spreadsheet would run as a
 * formula (it starts with {@code = + - @}, a tab or a carriage return: a patient's name typed at reception, an audit
 * detail, a pulled row from another desk) is written with a leading apostrophe, so that opening the file shows the
 * text and runs nothing; plain numbers such as {@code -2} are left as they are.
 */
public final class CsvText {
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private CsvText() {
    }

    /** The header line then one line per row. */
    public static byte[] of(String header, List<String[]> rows) {
        StringBuilder csv = new StringBuilder(header).append("\r\n");
        for (String[] fields : rows) {
            for (int i = 0; i < fields.length; i++) {
                String f = inert(fields[i] == null ? "" : fields[i]);
                csv.append(i == 0 ? "" : ",").append('"').append(f.replace("\"", "\"\"")).append('"');
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The field as a spreadsheet shows it without running it. */
    static String inert(String field) {
        if (field.isEmpty() || "=+-@\t\r".indexOf(field.charAt(0)) < 0 || NUMBER.matcher(field).matches()) {
            return field;
        }
        return "'" + field;
    }
}
