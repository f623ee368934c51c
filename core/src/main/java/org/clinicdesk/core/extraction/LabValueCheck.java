package org.clinicdesk.core.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a lab value read from a page must be checked by a person before it is believed: a digit read with
 * low confidence or repaired, a decimal point repaired or apparently lost (10 printed where the range is 0.6 - 1.3
 * and 1.0 would sit in it), a value implausible for the test (outside physiological limits, or ten times off its
 * range), or a printed range that cannot be right (its low end above its high end, as "06-1.3" reads). Limits are in {@code lab-limits.txt}; they apply only in the test's usual unit.
 */
final class LabValueCheck {
    /** Tesseract's symbol confidence (as 0..1) below which a digit is doubtful; clean print reads above 0.9. */
    static final double LOW_CHARACTER = 0.80;
    private static final BigDecimal TEN = BigDecimal.TEN;
    private final Map<String, Limits> limits;

    private record Limits(BigDecimal lowest, BigDecimal highest, ReferenceRange typical) {
    }

    private LabValueCheck(Map<String, Limits> limits) {
        this.limits = limits;
    }

    static LabValueCheck load() {
        Map<String, Limits> table = new HashMap<>();
        try (InputStream in = LabValueCheck.class.getResourceAsStream("lab-limits.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\\|");
                table.put(c[0], new Limits(new BigDecimal(c[1]), new BigDecimal(c[2]),
                        new ReferenceRange(Optional.of(new BigDecimal(c[3])), Optional.of(new BigDecimal(c[4])))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LabValueCheck(table);
    }

    /**
     * The doubts about the value printed at {@code start..end}; {@code source} is the text as OCR read it and
     * {@code text} the same after digit repair (same offsets).
     */
    Set<ValueDoubt> doubts(String test, String unit, String usualUnit, BigDecimal value, String source, String text,
                           int start, int end, Optional<ReferenceRange> printed, SpanConfidence ocr) {
        Set<ValueDoubt> doubts = EnumSet.noneOf(ValueDoubt.class);
        for (int i = start; i < end; i++) {
            if (source.charAt(i) != text.charAt(i)) {
                doubts.add(text.charAt(i) == '.' ? ValueDoubt.DOUBTFUL_DECIMAL_POINT : ValueDoubt.LOW_CONFIDENCE_DIGIT);
            } else if (ocr.lowestCharacter(i, i + 1) < LOW_CHARACTER) {
                doubts.add(text.charAt(i) == '.' ? ValueDoubt.DOUBTFUL_DECIMAL_POINT : ValueDoubt.LOW_CONFIDENCE_DIGIT);
            }
        }
        Optional<Limits> known = Optional.ofNullable(limits.get(test)).filter(l -> unit.equals(usualUnit));
        if (known.isPresent() && (value.compareTo(known.get().lowest()) < 0 || value.compareTo(known.get().highest()) > 0)) {
            doubts.add(ValueDoubt.IMPLAUSIBLE);
        }
        Optional<ReferenceRange> typical = known.map(Limits::typical);
        Optional<ReferenceRange> sane = printed;
        if (printed.isPresent() && inverted(printed.get())) {
            doubts.add(ValueDoubt.DOUBTFUL_RANGE);
            sane = Optional.empty();
        }
        // The printed range is checked first; the usual one too, since the printed range may itself be misread.
        for (ReferenceRange r : java.util.stream.Stream.of(sane, typical).flatMap(Optional::stream).toList()) {
            if (r.high().filter(h -> h.signum() > 0 && value.compareTo(h.multiply(TEN)) > 0).isPresent()
                    || r.low().filter(l -> l.signum() > 0 && value.multiply(TEN).compareTo(l) < 0).isPresent()) {
                doubts.add(ValueDoubt.IMPLAUSIBLE);
            }
            if (lostPoint(value, text.substring(start, end), r)) {
                doubts.add(ValueDoubt.DOUBTFUL_DECIMAL_POINT);
            }
        }
        return doubts;
    }

    private static boolean inverted(ReferenceRange r) {
        return r.low().isPresent() && r.high().isPresent() && r.low().get().compareTo(r.high().get()) > 0;
    }

    /** A whole number above the range that a decimal point one or two places in would put inside it. */
    private static boolean lostPoint(BigDecimal value, String printed, ReferenceRange range) {
        if (printed.contains(".") || printed.length() < 2 || range.judge(value) != LabFlag.HIGH) {
            return false;
        }
        return range.judge(value.movePointLeft(1)) == LabFlag.NORMAL || range.judge(value.movePointLeft(2)) == LabFlag.NORMAL;
    }
}
