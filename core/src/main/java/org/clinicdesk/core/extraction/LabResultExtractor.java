package org.clinicdesk.core.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lab report rows: a known test name followed by its value, then optionally unit, reference range and flag,
 * in the order reports print them. A name without a value right after it (a section heading) is no result.
 */
final class LabResultExtractor {
    private static final Pattern ROW = Pattern.compile(
            "\\s*(?:\\([^)\\d]{0,20}\\))?\\s*[:\\-]?\\s*(\\d+(?:\\.\\d+)?)(?![\\p{N}.])"
                    // A flag printed in the value's own cell, before the unit: "128 Low mmol/L", "455 *".
                    + "(?:\\s*(High|Low|\\*)(?![\\p{L}]))?"
                    + "(?:\\s+(%|(?=[^\\s]*[\\p{L}µ%])[\\p{L}µ/*^%0-9.]+))?"
                    + "(?:\\s*[\\[(]?\\s*(?:(\\d+(?:\\.\\d+)?)\\.?\\s*(?:-|–|to)\\s*(\\d+(?:\\.\\d+)?)"
                    + "|(<|>|≤|≥|up\\s*to)\\s*(\\d+(?:\\.\\d+)?))\\s*[\\])]?)?"
                    + "(?:\\s*(High|Low|H|L)(?![\\p{L}]))?",
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
        Lexicon.Entry test = name.entry();
        BigDecimal value = new BigDecimal(m.group(1));
        Optional<String> known = m.group(3) == null ? Optional.empty() : LabUnits.canonical(m.group(3));
        String unit = m.group(3) == null ? test.columns().get(1) : known.orElse(m.group(3));
        Optional<ReferenceRange> range = range(m);
        // A star says "abnormal" without which way: the range decides.
        Optional<LabFlag> printed = Optional.ofNullable(m.group(8) != null ? m.group(8) : m.group(2))
                .filter(f -> !f.equals("*"))
                .map(f -> f.toUpperCase(Locale.ROOT).startsWith("H") ? LabFlag.HIGH : LabFlag.LOW);
        Optional<LabFlag> judged = range.map(r -> r.judge(value));
        boolean conflict = printed.isPresent() && judged.isPresent() && printed.get() != judged.get();
        Optional<LabFlag> flag = printed.isPresent() ? printed : judged;
        double base = m.group(3) == null ? 0.75 : known.filter(k -> k.equals(m.group(3))).isPresent() ? 0.9 : 0.8;
        if (conflict) {
            base -= 0.2;
        }
        Set<ValueDoubt> doubts = check.doubts(test.name(), unit, test.columns().get(1), value, source, text, m.start(1),
                m.end(1), range, ocr);
        SourceSpan span = SourceSpan.of(text, name.start(), m.end());
        double confidence = base * ocr.of(span.start(), span.end());
        return Optional.of(new LabResultFact(test.name(), Optional.of(test.columns().get(0)), value, unit, range, flag,
                printed.isPresent(), conflict, doubts, span, doubts.isEmpty() ? confidence : Math.min(confidence, DOUBTFUL)));
    }

    private static Optional<ReferenceRange> range(Matcher m) {
        if (m.group(4) != null) {
            return Optional.of(new ReferenceRange(Optional.of(new BigDecimal(m.group(4))),
                    Optional.of(new BigDecimal(m.group(5)))));
        }
        if (m.group(6) != null) {
            BigDecimal bound = new BigDecimal(m.group(7));
            boolean upper = !m.group(6).startsWith(">") && !m.group(6).startsWith("≥");
            return Optional.of(upper ? new ReferenceRange(Optional.empty(), Optional.of(bound))
                    : new ReferenceRange(Optional.of(bound), Optional.empty()));
        }
        return Optional.empty();
    }
}
