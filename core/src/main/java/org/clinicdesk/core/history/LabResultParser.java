package org.clinicdesk.core.history;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * Reads a past lab result typed from a report, e.g. "Hb 10.2 g/dL (13-17) 2024-03-02", "LDL 160 mg/dL (<100) H",
 * "HIV 1/2 antibodies Non-reactive 02 Mar 2024". A date such as 02/03/2024 that could be either day or month first
 * is refused rather than guessed; a typed H/L flag that contradicts the range is refused as a likely typing error.
 */
public final class LabResultParser {
    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final String NUMBER = "\\d+(?:\\.\\d+)?";
    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\w/.-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\w/.-])");
    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<![\\w/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\w/.-])");
    private static final Pattern DAY_MONTH_DATE = Pattern.compile(
            "(?<!\\w)(\\d{1,2})[ -](" + MONTHS + ")[a-z]*\\.?[ ,-]*(\\d{4})(?!\\w)", CI);
    private static final Pattern MONTH_DAY_DATE = Pattern.compile(
            "(?<!\\w)(" + MONTHS + ")[a-z]*\\.? (\\d{1,2}),? (\\d{4})(?!\\w)", CI);
    private static final Pattern DATE_WORD = Pattern.compile("\\s+(?:on|dated|dt\\.?|date:?)\\s*$", CI);
    private static final Pattern RANGE = Pattern.compile(
            "[(\\[]\\s*(?:ref(?:erence)?(?:\\s*range)?\\s*[:.]?\\s*)?(?:(" + NUMBER + ")\\s*(?:-|to)\\s*(" + NUMBER
                    + ")|([<>])=?\\s*(" + NUMBER + "))(?:\\s*[A-Za-zµμ%/^0-9.]+)?\\s*[)\\]]"
                    + "|(?<!\\w)ref(?:erence)?(?:\\s*range)?\\s*[:.]?\\s*(?:(" + NUMBER + ")\\s*(?:-|to)\\s*(" + NUMBER
                    + ")|([<>])=?\\s*(" + NUMBER + "))", CI);
    private static final Pattern VALUE = Pattern.compile("[<>]?=?" + NUMBER);
    private static final List<String> FLAGS = List.of("h", "l", "hh", "ll", "high", "low", "abnormal", "*");
    private static final List<String> WORD_VALUES = List.of("positive", "negative", "reactive", "non-reactive",
            "nonreactive", "nil", "trace", "present", "absent", "detected", "not detected", "normal");

    private LabResultParser() {
    }

    /** One result per non-blank line; an error names the line. */
    public static List<LabResult> parseAll(String text) {
        List<LabResult> results = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                try {
                    results.add(parse(lines[i]));
                } catch (ValidationException e) {
                    throw new ValidationException(e.field(),
                            CoreMessages.text("common.lineReason", String.valueOf(i + 1), e.reason()));
                }
            }
        }
        return List.copyOf(results);
    }

    public static LabResult parse(String line) {
        if (line == null || line.isBlank()) {
            throw new ValidationException("lab result", CoreMessages.text("common.empty"));
        }
        String typed = line.strip().replaceAll("\\s+", " ").replace('–', '-').replace('—', '-');
        StringBuilder rest = new StringBuilder(typed);
        Optional<LocalDate> date = LabDates.take(rest, typed);
        Optional<ReferenceRange> range = takeRange(rest, typed);
        String remaining = DATE_WORD.matcher(rest.toString().replaceAll("\\s+", " ").strip()).replaceAll("").strip();
        List<String> tokens = new ArrayList<>(Arrays.asList(remaining.split(" ")));
        Optional<String> typedFlag = takeFlag(tokens);

        int valueAt = lastIndexMatching(tokens);
        String value;
        String unit;
        if (valueAt >= 1) {
            value = tokens.get(valueAt);
            unit = String.join(" ", tokens.subList(valueAt + 1, tokens.size()));
        } else {
            int[] word = wordValue(tokens);
            if (word[0] < 1) {
                throw new ValidationException("value", CoreMessages.text("history.noResultAfter", typed));
            }
            value = String.join(" ", tokens.subList(word[0], word[1]));
            unit = String.join(" ", tokens.subList(word[1], tokens.size()));
            valueAt = word[0];
        }
        String test = String.join(" ", tokens.subList(0, valueAt)).replaceAll("[:=\\-]+$", "").strip();
        if (test.isEmpty()) {
            throw new ValidationException("test", CoreMessages.text("history.test.unnamed", typed));
        }
        LabResult draft = new LabResult(test, value, unit, range, LabFlag.UNKNOWN, date);
        return new LabResult(test, value, unit, range, flag(draft, typedFlag, typed), date);
    }

    private static LabFlag flag(LabResult result, Optional<String> typedFlag, String typed) {
        Optional<LabFlag> given = typedFlag.map(LabResultParser::flagOf);
        Optional<BigDecimal> number = result.numericValue();
        if (result.range().isPresent() && number.isEmpty()) {
            throw new ValidationException("value", CoreMessages.text("history.notNumberBut", result.value(), typed));
        }
        if (result.range().isEmpty() || number.isEmpty()) {
            return given.orElse(LabFlag.UNKNOWN);
        }
        LabFlag computed = result.range().get().flag(number.get());
        if (given.isPresent() && given.get() != LabFlag.ABNORMAL && given.get() != computed) {
            throw new ValidationException("flag", CoreMessages.text("history.flag.mismatch",
                    typedFlag.get(), result.value(), result.range().get().text(), typed));
        }
        return computed;
    }

    private static LabFlag flagOf(String flag) {
        switch (flag.toLowerCase(Locale.ROOT)) {
            case "h":
            case "hh":
            case "high":
                return LabFlag.HIGH;
            case "l":
            case "ll":
            case "low":
                return LabFlag.LOW;
            default:
                return LabFlag.ABNORMAL;
        }
    }

    private static Optional<ReferenceRange> takeRange(StringBuilder rest, String typed) {
        Matcher m = RANGE.matcher(rest);
        if (!m.find()) {
            return Optional.empty();
        }
        int base = m.group(1) != null || m.group(3) != null ? 1 : 5;
        ReferenceRange range;
        if (m.group(base) != null) {
            range = ReferenceRange.between(new BigDecimal(m.group(base)), new BigDecimal(m.group(base + 1)));
        } else {
            BigDecimal limit = new BigDecimal(m.group(base + 3));
            range = m.group(base + 2).equals("<") ? new ReferenceRange(Optional.empty(), Optional.of(limit))
                    : new ReferenceRange(Optional.of(limit), Optional.empty());
        }
        rest.replace(m.start(), m.end(), " ");
        if (RANGE.matcher(rest).find()) {
            throw new ValidationException("range", CoreMessages.text("history.range.twice", typed));
        }
        return Optional.of(range);
    }

    /** A flag is the last word: "H", "L", "(H)", "High", "*", or "Abnormal" after a number. */
    private static Optional<String> takeFlag(List<String> tokens) {
        int last = tokens.size() - 1;
        if (last < 1) {
            return Optional.empty();
        }
        String flag = tokens.get(last).replaceAll("^\\((.*)\\)$", "$1");
        if (FLAGS.contains(flag.toLowerCase(Locale.ROOT)) && !isWordValueAt(tokens, last)) {
            tokens.remove(last);
            return Optional.of(flag);
        }
        return Optional.empty();
    }

    private static boolean isWordValueAt(List<String> tokens, int i) {
        // "Abnormal" right after the test name is the result itself, not a flag on a number
        return tokens.get(i).equalsIgnoreCase("abnormal") && tokens.stream().noneMatch(t -> VALUE.matcher(t).matches());
    }

    private static int lastIndexMatching(List<String> tokens) {
        for (int i = tokens.size() - 1; i >= 1; i--) {
            if (VALUE.matcher(tokens.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Start and end (exclusive) of a word result such as "Non-reactive" or "Not detected"; start -1 if none. */
    private static int[] wordValue(List<String> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            String one = tokens.get(i).toLowerCase(Locale.ROOT);
            String two = i + 1 < tokens.size() ? one + " " + tokens.get(i + 1).toLowerCase(Locale.ROOT) : "";
            if (WORD_VALUES.contains(two) || two.equals("non reactive")) {
                return new int[] {i, i + 2};
            }
            if (WORD_VALUES.contains(one) || one.equals("abnormal")) {
                return new int[] {i, i + 1};
            }
        }
        return new int[] {-1, -1};
    }

    /** Dates as typed on reports; the patterns live here because only lab lines need them so far. */
    static final class LabDates {
        private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        private LabDates() {
        }

        static Optional<LocalDate> take(StringBuilder rest, String typed) {
            List<LocalDate> found = new ArrayList<>();
            for (Pattern p : List.of(ISO_DATE, DAY_MONTH_DATE, MONTH_DAY_DATE, NUMERIC_DATE)) {
                Matcher m = p.matcher(rest);
                while (m.find()) {
                    found.add(read(p, m, typed));
                    rest.replace(m.start(), m.end(), " ".repeat(m.end() - m.start()));
                    m = p.matcher(rest);
                }
            }
            if (found.size() > 1) {
                throw new ValidationException("date", CoreMessages.text("history.date.twice", typed));
            }
            return found.stream().findFirst();
        }

        private static LocalDate read(Pattern p, Matcher m, String typed) {
            try {
                if (p == ISO_DATE) {
                    return LocalDate.of(year(m.group(1)), num(m.group(2)), num(m.group(3)));
                }
                if (p == DAY_MONTH_DATE) {
                    return LocalDate.of(year(m.group(3)), month(m.group(2)), num(m.group(1)));
                }
                if (p == MONTH_DAY_DATE) {
                    return LocalDate.of(year(m.group(3)), month(m.group(1)), num(m.group(2)));
                }
                return dayOrMonthFirst(m, typed);
            } catch (DateTimeException e) {
                throw new ValidationException("date", CoreMessages.text("common.notRealDate", m.group()));
            }
        }

        private static LocalDate dayOrMonthFirst(Matcher m, String typed) {
            int a = num(m.group(1));
            int b = num(m.group(2));
            int year = year(m.group(3));
            if (a > 12 || a == b) {
                return LocalDate.of(year, b, a);
            }
            if (b > 12) {
                return LocalDate.of(year, a, b);
            }
            throw new ValidationException("date", CoreMessages.text("history.date.ambiguous",
                    m.group(), typed, SHOWN.format(LocalDate.of(year, b, a)), SHOWN.format(LocalDate.of(year, a, b))));
        }

        private static int month(String name) {
            return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 4 + 1;
        }

        private static int year(String text) {
            return num(text);
        }

        private static int num(String text) {
            return Integer.parseInt(text);
        }
    }
}
