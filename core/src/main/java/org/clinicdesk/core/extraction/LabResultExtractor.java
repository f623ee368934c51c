package org.clinicdesk.core.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads lab report rows: a known test name followed by its value, then optionally unit, reference range and flag,
 * in the order reports print them. A name without a value right after it (a section heading) is no result.
 */
final class LabResultExtractor {
    /**
     * A flag letter as reports print it, a capital (H, L; HH and LL for critical): a lone "l" is how OCR reads a
     * ruled line, and "H/O" (history of) and "L/E" (local examination) or "L." begin words, not flags.
     */
    private static final String FLAG_LETTER = "(?-i:HH|LL|H|L)(?![/.])";
    /**
     * A printed flag: a letter or word (High, Low), a star that says only "abnormal", or an arrow, alone or in
     * brackets ("(H)", "[L]").
     */
    private static final String FLAG = "[(\\[{]?\\s*(?:High|Low|" + FLAG_LETTER + "|\\*|↑|↓)\\s*[)\\]}]?(?![\\p{L}])";
    private static final Pattern ROW = Pattern.compile(
            "\\s*(?:\\([^)\\d]{0,20}\\))?\\s*[:\\-]?\\s*(?<value>\\d+(?:\\.\\d+)?)(?![\\p{N}.])"
                    // A flag printed in the value's own cell, before the unit: "128 Low mmol/L", "455 *", "9.1 (L) g/dL".
                    + "(?:\\s*(?<flag1>\\(\\s*(?-i:[HL])\\s*\\)|High|Low|\\*|↑|↓)(?![\\p{L}]))?"
                    // A lone H or L is a flag, never a unit.
                    + "(?:\\s+(?!(?:High|Low|HH|LL|H|L)(?![\\p{L}]))(?<unit>%|(?=[^\\s]*[\\p{L}µ%])[\\p{L}µ/*^%0-9.]+))?"
                    // Between the unit and the range: "168 mg/dL (H) [70 - 110]".
                    + "(?:\\s*(?<flag2>" + FLAG + "))?"
                    // OCR reads a range's brackets as any of [ ( { and ] ) }, not always as a pair.
                    + "(?:\\s*[\\[({]?\\s*(?:(?<low>\\d+(?:\\.\\d+)?)\\.?\\s*(?:-|–|to)\\s*(?<high>\\d+(?:\\.\\d+)?)"
                    + "|(?<bound><|>|≤|≥|up\\s*to)\\s*(?<limit>\\d+(?:\\.\\d+)?))\\s*[\\])}]?)?"
                    + "(?:\\s*(?<flag3>" + FLAG + "))?",
            Pattern.CASE_INSENSITIVE);
    /** A value to be checked is offered with at most this confidence, so it is never taken as read. */
    static final double DOUBTFUL = 0.5;
    private final Lexicon labs;
    private final LabValueCheck check = LabValueCheck.load();

    LabResultExtractor(Lexicon labs) {
        this.labs = labs;
    }

    /** {@code text} is {@code source} after digit repair, offset for offset. */
    List<ClinicalFact> find(String source, String text, SpanConfidence ocr) {
        List<ClinicalFact> facts = new ArrayList<>();
        for (TextLines.Line line : TextLines.of(text)) {
            List<Lexicon.Match> names = labs.find(text, line.start(), line.end());
            for (int i = 0; i < names.size(); i++) {
                int segmentEnd = i + 1 < names.size() ? names.get(i + 1).start() : line.end();
                read(source, text, names.get(i), segmentEnd, ocr).ifPresent(facts::add);
            }
        }
        return facts;
    }

    private Optional<LabResultFact> read(String source, String text, Lexicon.Match name, int segmentEnd, SpanConfidence ocr) {
        Matcher m = ROW.matcher(text).region(name.end(), segmentEnd);
        m.useTransparentBounds(true);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        // A star says "abnormal" without which way: the range decides.
        Optional<LabFlag> printed = Stream.of(m.group("flag3"), m.group("flag2"), m.group("flag1"))
                .map(LabResultExtractor::flag).flatMap(Optional::stream).findFirst();
        return Optional.of(fact(new Reading(name.entry(), m.group("unit"), range(m), printed), source, text,
                m.start("value"), m.end("value"), SourceSpan.of(text, name.start(), m.end()), ocr));
    }

    /** What was printed about one value besides the number itself. */
    record Reading(Lexicon.Entry test, String printedUnit, Optional<ReferenceRange> range, Optional<LabFlag> printed) {
    }

    /** The fact for the value printed at {@code text[valueStart, valueEnd)}, its doubts checked, spanning {@code span}. */
    LabResultFact fact(Reading r, String source, String text, int valueStart, int valueEnd, SourceSpan span,
                       SpanConfidence ocr) {
        Lexicon.Entry test = r.test();
        BigDecimal value = new BigDecimal(text.substring(valueStart, valueEnd));
        String printedUnit = r.printedUnit();
        Optional<String> known = printedUnit == null ? Optional.empty() : LabUnits.canonical(printedUnit);
        String unit = printedUnit == null ? test.columns().get(1) : known.orElse(printedUnit);
        Optional<LabFlag> judged = r.range().map(range -> range.judge(value));
        Optional<LabFlag> printed = r.printed();
        boolean conflict = printed.isPresent() && judged.isPresent() && printed.get() != judged.get();
        Optional<LabFlag> flag = printed.isPresent() ? printed : judged;
        double base = printedUnit == null ? 0.75 : known.filter(k -> k.equals(printedUnit)).isPresent() ? 0.9 : 0.8;
        if (conflict) {
            base -= 0.2;
        }
        Set<ValueDoubt> doubts = check.doubts(test.name(), unit, test.columns().get(1), value, source, text,
                valueStart, valueEnd, r.range(), ocr);
        double confidence = base * ocr.of(span.start(), span.end());
        return new LabResultFact(test.name(), Optional.of(test.columns().get(0)), value, unit, r.range(), flag,
                printed.isPresent(), conflict, doubts, span, doubts.isEmpty() ? confidence : Math.min(confidence, DOUBTFUL));
    }

    /** The way a printed flag points; empty for none, and for a star, which says only "abnormal". */
    static Optional<LabFlag> flag(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        String f = printed.replaceAll("[\\s()\\[\\]{}]", "").toUpperCase(Locale.ROOT);
        if (f.startsWith("H") || f.equals("↑")) {
            return Optional.of(LabFlag.HIGH);
        }
        if (f.startsWith("L") || f.equals("↓")) {
            return Optional.of(LabFlag.LOW);
        }
        return Optional.empty();
    }

    private static Optional<ReferenceRange> range(Matcher m) {
        if (m.group("low") != null) {
            return Optional.of(new ReferenceRange(Optional.of(new BigDecimal(m.group("low"))),
                    Optional.of(new BigDecimal(m.group("high")))));
        }
        if (m.group("bound") != null) {
            BigDecimal bound = new BigDecimal(m.group("limit"));
            boolean upper = !m.group("bound").startsWith(">") && !m.group("bound").startsWith("≥");
            return Optional.of(upper ? new ReferenceRange(Optional.empty(), Optional.of(bound))
                    : new ReferenceRange(Optional.of(bound), Optional.empty()));
        }
        return Optional.empty();
    }
}
