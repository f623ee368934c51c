package org.clinicdesk.core.flags;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * Reads the knowledge files: comma-separated, '#' lines are comments, the first other line names the columns, fields
 * may be double-quoted (a clinic's spreadsheet quotes fields that hold commas). A row with the wrong number of fields
 * is refused with the file and line, never read half.
 */
final class KnowledgeCsv {
    private KnowledgeCsv() {
    }

    /** A data row with its file and line, for errors that point at the place to fix. */
    record Row(String file, int line, List<String> fields) {
        String get(int i) {
            return fields.get(i);
        }

        ValidationException error(String reason) {
            return new ValidationException(file, CoreMessages.text("common.lineReason", String.valueOf(line), reason));
        }
    }

    static List<Row> resource(String name, int columns) {
        InputStream in = KnowledgeCsv.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("knowledge file " + name + " is missing from the program");
        }
        return read(name, new InputStreamReader(in, StandardCharsets.UTF_8), columns);
    }

    static List<Row> read(String file, Reader source, int columns) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                List<String> fields = split(text, file, number);
                if (fields.size() != columns) {
                    throw new ValidationException(file, CoreMessages.text("flags.lineFieldsExpected",
                            String.valueOf(number), String.valueOf(fields.size()), String.valueOf(columns)));
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(new Row(file, number, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static List<String> split(String line, String file, int number) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ValidationException(file, CoreMessages.text("flags.lineQuoteNot", String.valueOf(number)));
        }
        fields.add(field.toString().strip());
        return fields;
    }

    /**
     * A CSV as a spreadsheet may open it: a line with a field that would run as a formula (only another desk's login
     * can have put one in the clinic's setting: an import refuses it) is written again with that field made inert;
     * every other line, comments included, as it was.
     */
    static String inertForSpreadsheets(String file, String csv) {
        StringBuilder out = new StringBuilder();
        String[] lines = csv.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String text = line.strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                List<String> fields = split(text, file, n + 1);
                if (fields.stream().anyMatch(org.clinicdesk.core.common.SpreadsheetText::runsAsFormula)) {
                    line = String.join(",", fields.stream()
                            .map(f -> quote(org.clinicdesk.core.common.SpreadsheetText.inert(f))).toList());
                }
            }
            out.append(line).append(n + 1 < lines.length ? "\n" : "");
        }
        return out.toString();
    }

    /** A field as written back: quoted when it holds a comma or a quote. */
    static String quote(String field) {
        if (field.contains(",") || field.contains("\"")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
