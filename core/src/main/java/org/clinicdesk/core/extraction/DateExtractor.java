package org.clinicdesk.core.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicdesk.core.common.DateOrder;

/**
 * Reads dates written as ISO (2024-03-05), numerically (05/03/2024, 5.3.24) or with a month name (5 Mar 2024,
 * March 5, 2024). A numeric date whose day and month could be swapped is read in the clinic's order and flagged
 * with the other reading; the role (birth, admission, discharge ...) comes from the words just before it.
 */
final class DateExtractor {
    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Pattern ISO = Pattern.compile("(?<![\\p{N}])(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{N}])");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\p{N}/.\\-])(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\p{N}/]|\\.\\d)");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile(
            "(?<![\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-]+(" + MONTHS + ")\\.?,?[\\s\\-]+(\\d{4})(?![\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_NAME_DAY = Pattern.compile(
            "(?<![\\p{L}])(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTH_KEYS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final Map<String, DateRole> LABELS = labels();
    private final DateOrder order;

    DateExtractor(DateOrder order) {
        this.order = order;
    }

    List<ClinicalFact> find(String text, SpanConfidence ocr) {
        List<ClinicalFact> facts = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            date(m, 1, 2, 3).ifPresent(d -> facts.add(fact(text, m, d, Optional.empty(), 0.95, ocr)));
        }
        Matcher n = NUMERIC.matcher(text);
        while (n.find()) {
            numeric(text, n, ocr).ifPresent(facts::add);
        }
        Matcher dm = DAY_MONTH_NAME.matcher(text);
        while (dm.find()) {
            named(dm.group(3), dm.group(2), dm.group(1)).ifPresent(d -> facts.add(fact(text, dm, d, Optional.empty(), 0.95, ocr)));
        }
        Matcher md = MONTH_NAME_DAY.matcher(text);
        while (md.find()) {
            named(md.group(3), md.group(1), md.group(2)).ifPresent(d -> facts.add(fact(text, md, d, Optional.empty(), 0.95, ocr)));
        }
        return facts;
    }

    private Optional<DateFact> numeric(String text, Matcher n, SpanConfidence ocr) {
        int a = Integer.parseInt(n.group(1));
        int b = Integer.parseInt(n.group(3));
        int year = Integer.parseInt(n.group(4));
        if (n.group(4).length() == 2) {
            // Two-digit years on clinic papers are recent or birth years; pivot at 50 like most office software.
            year += year < 50 ? 2000 : 1900;
        }
        Optional<LocalDate> dayFirst = of(year, b, a);
        Optional<LocalDate> monthFirst = of(year, a, b);
        Optional<LocalDate> preferred = order == DateOrder.DAY_FIRST ? dayFirst : monthFirst;
        Optional<LocalDate> other = order == DateOrder.DAY_FIRST ? monthFirst : dayFirst;
        if (preferred.isPresent()) {
            boolean ambiguous = other.isPresent() && !other.equals(preferred);
            return Optional.of(fact(text, n, preferred.get(), ambiguous ? other : Optional.empty(),
                    ambiguous ? 0.6 : 0.9, ocr));
        }
        // The clinic's order gives no valid date (e.g. 03/25/2024 in a day-first clinic): the other order is the
        // only reading, still flagged lower so a person confirms the paper came from elsewhere.
        return other.map(d -> fact(text, n, d, Optional.empty(), 0.7, ocr));
    }

    private DateFact fact(String text, Matcher m, LocalDate date, Optional<LocalDate> alternative, double base,
                          SpanConfidence ocr) {
        return new DateFact(date, role(text, m.start()), alternative, SourceSpan.of(text, m.start(), m.end()),
                base * ocr.of(m.start(), m.end()));
    }

    private static DateRole role(String text, int start) {
        int lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 40);
        String before = text.substring(Math.max(0, lineStart), start).toLowerCase(Locale.ROOT);
        // Only the label since the previous number counts: "Admitted 14/02/2024  Discharged 20/02/2024".
        before = before.substring(lastDigit(before) + 1);
        DateRole role = DateRole.OTHER;
        int nearest = -1;
        for (Map.Entry<String, DateRole> label : LABELS.entrySet()) {
            int at = before.lastIndexOf(label.getKey());
            if (at > nearest) {
                nearest = at;
                role = label.getValue();
            }
        }
        // A specific word ("discharge date") says more than the generic "date".
        return nearest < 0 && before.contains("date") ? DateRole.DOCUMENT : role;
    }

    private static int lastDigit(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, DateRole> labels() {
        Map<String, DateRole> labels = new LinkedHashMap<>();
        labels.put("birth", DateRole.BIRTH);
        labels.put("dob", DateRole.BIRTH);
        labels.put("d.o.b", DateRole.BIRTH);
        labels.put("admi", DateRole.ADMISSION);
        labels.put("discharg", DateRole.DISCHARGE);
        // Ward shorthand: date of admission, date of discharge.
        labels.put("doa", DateRole.ADMISSION);
        labels.put("dod", DateRole.DISCHARGE);
        labels.put("collect", DateRole.SAMPLE_COLLECTED);
        labels.put("sample", DateRole.SAMPLE_COLLECTED);
        labels.put("report", DateRole.REPORTED);
        return labels;
    }

    private static Optional<LocalDate> date(Matcher m, int y, int mo, int d) {
        return of(Integer.parseInt(m.group(y)), Integer.parseInt(m.group(mo)), Integer.parseInt(m.group(d)));
    }

    private static Optional<LocalDate> named(String year, String month, String day) {
        int monthNumber = MONTH_KEYS.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
        return of(Integer.parseInt(year), monthNumber, Integer.parseInt(day));
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        if (year < 1900 || year > 2100) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
