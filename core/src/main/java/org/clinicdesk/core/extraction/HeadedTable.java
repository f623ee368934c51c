package org.clinicdesk.core.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads tables whose column headings carry the names and units and whose rows carry only values, one row per
 * visit: a follow-up card's "Date | FBS (mg/dL) | BP (mmHg) | Wt (kg)" over "12/03/2024 | 142 | 140/90 | 72".
 * OCR keeps a row's words left to right, so cells are matched to columns in order; a ruled line read as "|" or
 * "l" is no cell, a run of words (a remark) is one cell that keeps its place, and a value misread as a word
 * ("211i") keeps its cell's place but gives nothing. A blank cell may have no mark at all, so a value is only
 * taken when every way of placing the row's cells under the columns in order puts it in the same column; a
 * guessed column would be a wrong fact. A line that starts with a word, or has more runs of words than the
 * columns could hold, is prose: the table has ended.
 */
final class HeadedTable {
    private enum Kind {
        DATE, LAB, BLOOD_PRESSURE, VITAL, NUMBER, MAYBE_NUMBER, TEXT;

        boolean measured() {
            return this == LAB || this == BLOOD_PRESSURE || this == VITAL;
        }
    }

    private record Column(Kind kind, Lexicon.Entry lab, VitalKind vital, StringBuilder label, String unit) {
        Column withUnit(String u) {
            return new Column(kind == Kind.MAYBE_NUMBER ? Kind.NUMBER : kind, lab, vital, label, u);
        }
    }

    /**
     * What a cell holds. An unreadable one is a word where a value should be ("211i", "7A"), which fits any column
     * and gives nothing; a word cell is a run of words, which only a column of words (or of words or numbers) holds.
     */
    private enum CellType { DATE, PRESSURE, NUMBER, EMPTY, UNREADABLE, WORD }

    /** More unreadable words than this and the line is prose, not a row: the table has ended. */
    private static final int MAX_UNREADABLE_CELLS = 1;

    private record Cell(CellType type, int start, int end, int valueEnd, Optional<LabFlag> flag) {
    }

    private static final List<Object[]> LABELS = List.of(
            new Object[] {Pattern.compile("(?<![\\p{L}])(?i:(?:visit\\s+|follow[\\s-]*up\\s+)?date)(?![\\p{L}])"), Kind.DATE, null},
            new Object[] {Pattern.compile("(?<![\\p{L}])(?i:" + VitalSignExtractor.BP_LABEL + ")(?![\\p{L}])"), Kind.BLOOD_PRESSURE,
                null},
            new Object[] {Pattern.compile("(?<![\\p{L}])" + VitalSignExtractor.PULSE_LABEL + "(?![\\p{L}])"), Kind.VITAL, VitalKind.PULSE},
            new Object[] {Pattern.compile("(?<![\\p{L}])" + VitalSignExtractor.RESPIRATION_LABEL + "(?![\\p{L}])"), Kind.VITAL,
                VitalKind.RESPIRATORY_RATE},
            new Object[] {Pattern.compile("(?<![\\p{L}])" + VitalSignExtractor.TEMPERATURE_LABEL + "(?![\\p{L}])"), Kind.VITAL,
                VitalKind.TEMPERATURE},
            new Object[] {Pattern.compile("(?<![\\p{L}])" + VitalSignExtractor.SPO2_LABEL + "(?![\\p{L}])"), Kind.VITAL, VitalKind.SPO2});
    /** Columns of words, not values; any other unknown heading without a unit may hold numbers or not. */
    private static final Pattern TEXT_HEADING = Pattern.compile(
            "(?i)(?:remarks?|comments?|advice|notes?|sign(?:ature)?|treatment|medicines?|rx|complaints?)\\.?");
    /** A ruled line as OCR reads it: a bar, a bracket, or a lone l, I, i or j (as fax copies read it). */
    private static final Pattern RULE = Pattern.compile("[|¦‖\\[\\]!]+|(?<![\\p{L}\\p{N}])[Ilij](?![\\p{L}\\p{N}])");
    /** A unit in brackets after a heading; OCR may read the round brackets as curly ones. */
    private static final Pattern UNIT = Pattern.compile("[({]([^(){}\\d]{1,15})[)}]");
    /** A word that is a value, not a name (names may hold digits: SpO2, HbA1c, T3). */
    private static final Pattern VALUE = Pattern.compile("[\\d.,:/%-]*\\d[\\d.,:/%-]*");
    /**
     * A flag letter printed bare, a capital as reports print it: a lone "l" is a ruled line, "H/O" and "L/E" are
     * history and local examination.
     */
    private static final String BARE_FLAG = "[HL](?![\\p{L}\\p{N}/.])";
    /** The start of a word, which after a bare letter makes it the first word of a remark, not a flag. */
    private static final String WORD_START = "(?![Il](?![\\p{L}\\p{N}]))\\p{L}";
    private static final Pattern WORD = Pattern.compile("[^\\s|¦‖()\\[\\]{}]+");
    private static final Pattern CELL = Pattern.compile(
            "(?<date>\\d{4}-\\d{2}-\\d{2}|\\d{1,2}([/.\\-])\\d{1,2}\\2(?:\\d{4}|\\d{2})"
                    + "|\\d{1,2}[\\s\\-]*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\\p{L}]*\\.?[\\s\\-,]*(?:\\d{4}|\\d{2}))"
                    + "(?![\\p{N}])"
                    + "|(?<pressure>\\d{2,3}\\s*/\\s*\\d{2,3})(?![\\p{N}/])"
                    + "|(?<number>\\d+(?:\\.\\d+)?)(?![\\p{N}/.])(?<flag>\\s*\\(\\s*[HL]\\s*\\)|\\s*[↑↓*]|" + BARE_FLAG
                    + "|\\s+" + BARE_FLAG + "(?!\\s*" + WORD_START + "))?"
                    + "|(?<empty>[-–—]+|(?i:nil|na|n/a))(?![\\p{L}\\p{N}])");

    private final Lexicon labs;
    private final LabResultExtractor labFacts;

    HeadedTable(Lexicon labs, LabResultExtractor labFacts) {
        this.labs = labs;
        this.labFacts = labFacts;
    }

    /** {@code text} is {@code source} after digit repair, offset for offset. */
    List<ClinicalFact> find(String source, String text, SpanConfidence ocr) {
        List<ClinicalFact> facts = new ArrayList<>();
        List<TextLines.Line> lines = TextLines.of(text);
        for (int i = 0; i < lines.size(); i++) {
            Optional<List<Column>> heading = heading(text, lines.get(i));
            if (heading.isEmpty()) {
                continue;
            }
            while (i + 1 < lines.size()) {
                Optional<List<Cell>> row = row(text, lines.get(i + 1), heading.get());
                if (row.isEmpty()) {
                    break;
                }
                i++;
                read(source, text, heading.get(), row.get(), ocr, facts);
            }
        }
        return facts;
    }

    /** The columns if the line is a heading row: names only, at least one of them a measurement. */
    private Optional<List<Column>> heading(String text, TextLines.Line line) {
        List<Column> columns = new ArrayList<>();
        List<Lexicon.Match> labNames = labs.find(text, line.start(), line.end());
        boolean cellBreak = true;
        int p = line.start();
        while (p < line.end()) {
            if (Character.isWhitespace(text.charAt(p))) {
                p++;
                continue;
            }
            int at = p;
            Optional<Lexicon.Match> lab = labNames.stream().filter(m -> m.start() == at).findFirst();
            Optional<Object[]> label = Optional.empty();
            int labelEnd = -1;
            for (Object[] l : LABELS) {
                Matcher m = ((Pattern) l[0]).matcher(text).region(p, line.end()).useTransparentBounds(true);
                if (m.lookingAt() && m.end() > labelEnd) {
                    label = Optional.of(l);
                    labelEnd = m.end();
                }
            }
            Matcher rule = RULE.matcher(text).region(p, line.end()).useTransparentBounds(true);
            Matcher unit = UNIT.matcher(text).region(p, line.end());
            Matcher word = WORD.matcher(text).region(p, line.end());
            if (lab.isPresent() && lab.get().end() >= labelEnd) {
                columns.add(new Column(Kind.LAB, lab.get().entry(), null, new StringBuilder(lab.get().entry().name()), null));
                p = lab.get().end();
                cellBreak = false;
            } else if (label.isPresent()) {
                columns.add(new Column((Kind) label.get()[1], null, (VitalKind) label.get()[2],
                        new StringBuilder(text.substring(p, labelEnd)), null));
                p = labelEnd;
                cellBreak = false;
            } else if (unit.lookingAt()) {
                if (columns.isEmpty() || columns.get(columns.size() - 1).unit() != null) {
                    return Optional.empty();
                }
                columns.set(columns.size() - 1, columns.get(columns.size() - 1).withUnit(unit.group(1).strip()));
                p = unit.end();
                cellBreak = true;
            } else if (rule.lookingAt()) {
                p = rule.end();
                cellBreak = true;
            } else if (word.lookingAt()) {
                if (VALUE.matcher(word.group()).matches()) {
                    return Optional.empty(); // a value: this is no heading row
                }
                Column last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
                if (!cellBreak && last != null && last.unit() == null
                        && (last.kind() == Kind.MAYBE_NUMBER || last.kind() == Kind.TEXT)) {
                    last.label().append(' ').append(word.group());
                } else {
                    columns.add(new Column(Kind.MAYBE_NUMBER, null, null, new StringBuilder(word.group()), null));
                }
                p = word.end();
                cellBreak = false;
            } else {
                p++;
            }
        }
        columns.replaceAll(c -> c.kind() == Kind.MAYBE_NUMBER && c.unit() == null
                && TEXT_HEADING.matcher(c.label()).matches() ? new Column(Kind.TEXT, null, null, c.label(), null) : c);
        // A heading over a unit that is one OCR slip from a test's name ("HbAI1c (%)") is that test.
        columns.replaceAll(c -> c.kind() == Kind.NUMBER && !c.label().toString().contains(" ")
                ? labs.lookupSlipped(c.label().toString()).map(e -> new Column(Kind.LAB, e, null, c.label(), c.unit()))
                .orElse(c) : c);
        boolean named = columns.stream().allMatch(c -> c.label().toString().split("\\s+").length <= 3);
        boolean measured = columns.stream().anyMatch(c -> c.kind().measured());
        boolean unitInHeading = columns.stream().anyMatch(c -> c.kind().measured() && c.unit() != null);
        boolean allKnown = columns.stream().allMatch(c -> c.kind() != Kind.MAYBE_NUMBER && c.kind() != Kind.NUMBER);
        if (columns.size() < 2 || !named || !measured || !(unitInHeading || allKnown)) {
            return Optional.empty();
        }
        return Optional.of(columns);
    }

    /** The cells of a row under the heading; empty when the line is no such row (prose, the table's end). */
    private static Optional<List<Cell>> row(String text, TextLines.Line line, List<Column> columns) {
        long wordColumns = columns.stream().filter(c -> takes(c, CellType.WORD)).count();
        List<Cell> cells = new ArrayList<>();
        int unreadable = 0;
        int words = 0;
        int p = line.start();
        while (p < line.end()) {
            if (Character.isWhitespace(text.charAt(p))) {
                p++;
                continue;
            }
            Matcher cell = CELL.matcher(text).region(p, line.end()).useTransparentBounds(true);
            Matcher rule = RULE.matcher(text).region(p, line.end()).useTransparentBounds(true);
            Matcher word = WORD.matcher(text).region(p, line.end());
            if (cell.lookingAt() && (cell.end() == line.end() || !Character.isLetterOrDigit(text.charAt(cell.end())))) {
                cells.add(cell(cell));
                p = cell.end();
            } else if (rule.lookingAt()) {
                p = rule.end();
            } else if (word.lookingAt() && word.group().codePoints().noneMatch(Character::isLetterOrDigit)) {
                p = word.end(); // a speck OCR read as a sign ("«", "~"): no cell
            } else if (word.lookingAt()) {
                boolean misread = word.group().chars().anyMatch(Character::isDigit);
                if (cells.isEmpty() && !misread) {
                    // A row starts with its date or a value (perhaps misread: "24f/09/2024"); a line starting with a
                    // word is prose.
                    return Optional.empty();
                }
                Cell last = cells.isEmpty() ? null : cells.get(cells.size() - 1);
                if (!misread && wordColumns > 0 && last != null && last.type() == CellType.WORD && last.end() == previousToken(text, p)) {
                    cells.set(cells.size() - 1, new Cell(CellType.WORD, last.start(), word.end(), word.end(), Optional.empty()));
                } else if (!misread && wordColumns > 0) {
                    if (++words > wordColumns) {
                        return Optional.empty();
                    }
                    cells.add(new Cell(CellType.WORD, word.start(), word.end(), word.end(), Optional.empty()));
                } else {
                    if (++unreadable > MAX_UNREADABLE_CELLS) {
                        return Optional.empty();
                    }
                    cells.add(new Cell(CellType.UNREADABLE, word.start(), word.end(), word.end(), Optional.empty()));
                }
                p = word.end();
            } else {
                p++;
            }
        }
        boolean hasValue = cells.stream().anyMatch(c -> c.type() == CellType.NUMBER || c.type() == CellType.PRESSURE);
        return hasValue ? Optional.of(cells) : Optional.empty();
    }

    /** The end of the token before {@code p}, skipping only spaces: a run of words is one cell up to a rule or value. */
    private static int previousToken(String text, int p) {
        int q = p;
        while (q > 0 && Character.isWhitespace(text.charAt(q - 1))) {
            q--;
        }
        return q;
    }

    private static Cell cell(Matcher m) {
        if (m.group("date") != null) {
            return new Cell(CellType.DATE, m.start(), m.end(), m.end(), Optional.empty());
        } else if (m.group("pressure") != null) {
            return new Cell(CellType.PRESSURE, m.start(), m.end(), m.end(), Optional.empty());
        } else if (m.group("number") != null) {
            return new Cell(CellType.NUMBER, m.start(), m.end(), m.end("number"), LabResultExtractor.flag(m.group("flag")));
        }
        return new Cell(CellType.EMPTY, m.start(), m.end(), m.end(), Optional.empty());
    }

    /**
     * Turns each value cell whose column is certain into its fact: a row may leave a cell blank without a mark, so
     * each cell may stand under any column after the previous cell's; a value is taken only when every such
     * placement of the whole row puts it under the same column.
     */
    private void read(String source, String text, List<Column> heading, List<Cell> cells, SpanConfidence ocr,
                      List<ClinicalFact> facts) {
        int n = cells.size();
        int k = heading.size();
        // before[i][j]: cells 0..i-1 fit in order under columns 0..j-1; after[i][j]: cells i.. under columns j..
        boolean[][] before = new boolean[n + 1][k + 1];
        boolean[][] after = new boolean[n + 2][k + 2];
        for (int j = 0; j <= k; j++) {
            before[0][j] = true;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= k; j++) {
                before[i][j] = before[i][j - 1] || before[i - 1][j - 1] && takes(heading.get(j - 1), cells.get(i - 1).type());
            }
        }
        for (int j = 0; j <= k; j++) {
            after[n][j] = true;
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int j = k - 1; j >= 0; j--) {
                after[i][j] = after[i][j + 1] || takes(heading.get(j), cells.get(i).type()) && after[i + 1][j + 1];
            }
        }
        for (int i = 0; i < n; i++) {
            Cell cell = cells.get(i);
            if (cell.type() != CellType.NUMBER && cell.type() != CellType.PRESSURE) {
                continue;
            }
            List<Integer> places = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                if (before[i][j] && takes(heading.get(j), cell.type()) && after[i + 1][j + 1]) {
                    places.add(j);
                }
            }
            if (places.size() == 1) {
                fact(source, text, heading.get(places.get(0)), cell, ocr).ifPresent(facts::add);
            }
        }
    }

    private static boolean takes(Column c, CellType type) {
        return switch (type) {
            case DATE -> c.kind() == Kind.DATE;
            case PRESSURE -> c.kind() == Kind.BLOOD_PRESSURE;
            case NUMBER -> c.kind() == Kind.LAB || c.kind() == Kind.VITAL || c.kind() == Kind.NUMBER
                    || c.kind() == Kind.MAYBE_NUMBER;
            case WORD -> c.kind() == Kind.TEXT || c.kind() == Kind.MAYBE_NUMBER;
            case EMPTY, UNREADABLE -> true;
        };
    }

    private Optional<? extends ClinicalFact> fact(String source, String text, Column column, Cell cell, SpanConfidence ocr) {
        SourceSpan span = SourceSpan.of(text, cell.start(), cell.end());
        if (cell.type() == CellType.PRESSURE) {
            String[] parts = text.substring(cell.start(), cell.end()).split("\\s*/\\s*");
            return VitalSignExtractor.bloodPressure(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                    span, ocr);
        }
        if (cell.type() != CellType.NUMBER) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(text.substring(cell.start(), cell.valueEnd()));
        if (column.kind() == Kind.LAB) {
            return Optional.of(labFacts.fact(new LabResultExtractor.Reading(column.lab(), column.unit(), Optional.empty(),
                    cell.flag()), source, text, cell.start(), cell.valueEnd(), span, ocr));
        }
        if (column.kind() != Kind.VITAL) {
            return Optional.empty();
        }
        if (column.vital() == VitalKind.TEMPERATURE) {
            String unit = column.unit() == null ? "" : column.unit().toUpperCase(Locale.ROOT);
            return VitalSignExtractor.temperature(value, unit.contains("F") ? "F" : unit.contains("C") ? "C" : "", span, ocr);
        }
        if (value.scale() > 0) {
            return Optional.empty();
        }
        return VitalSignExtractor.single(column.vital(), value.intValueExact(), span, ocr);
    }
}
