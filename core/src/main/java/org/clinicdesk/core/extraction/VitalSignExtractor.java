package org.clinicdesk.core.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads labelled vital signs: BP, pulse, respiratory rate, temperature (Celsius or Fahrenheit, kept in Celsius)
 * and SpO2. Labels allow the usual OCR slips (Sp02, SpO 2). Values outside what a living patient can show are
 * not suggested: they are misreads, not findings.
 */
final class VitalSignExtractor {
    private static final String SEP = "\\s*[:=\\-.]{0,2}\\s*";
    static final String BP_LABEL = "(?:B\\.?P\\.?|blood\\s+pressure)";
    static final String PULSE_LABEL = "(?:(?i:pulse(?:\\s+rate)?|heart\\s+rate)|HR|PR)";
    static final String RESPIRATION_LABEL = "(?:RR|(?i:resp(?:iratory)?\\.?\\s*rate))";
    static final String TEMPERATURE_LABEL = "(?i:temp(?:erature)?\\.?)";
    static final String SPO2_LABEL = "(?i:Sp\\s*[O0o]\\s*[2₂]|O2\\s*sat(?:uration)?|oxygen\\s+saturation)";
    private static final Pattern BP = Pattern.compile(
            "(?<![\\p{L}])" + BP_LABEL + SEP + "(\\d{2,3})\\s*/\\s*(\\d{2,3})(?:\\s*mm\\s*of\\s*hg|\\s*mm\\s*hg)?",
            Pattern.CASE_INSENSITIVE);
    // Short labels (HR, PR, RR) only in capitals and not after a slash: "mm/hr 20" is an ESR unit, not a pulse.
    private static final Pattern PULSE = Pattern.compile(
            "(?<![\\p{L}/])" + PULSE_LABEL + SEP
                    + "(\\d{2,3})(?:\\s*(?i:bpm|beats\\s*/\\s*min|/\\s*min))?");
    private static final Pattern RESPIRATION = Pattern.compile(
            "(?<![\\p{L}/])" + RESPIRATION_LABEL + SEP
                    + "(\\d{1,2})(?:\\s*(?i:breaths\\s*/\\s*min|/\\s*min|bpm))?");
    private static final Pattern TEMPERATURE = Pattern.compile(
            "(?<![\\p{L}])" + TEMPERATURE_LABEL + SEP + "(\\d{2,3}(?:\\.\\d{1,2})?)\\s*(?:°|º|\\*|deg(?:rees)?\\s*)?\\s*([CF])?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPO2 = Pattern.compile(
            "(?<![\\p{L}])" + SPO2_LABEL + SEP + "(\\d{2,3})\\s*%?",
            Pattern.CASE_INSENSITIVE);

    List<ClinicalFact> find(String text, SpanConfidence ocr) {
        List<ClinicalFact> facts = new ArrayList<>();
        Matcher m = BP.matcher(text);
        while (m.find()) {
            bloodPressure(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), SourceSpan.of(text, m.start(), m.end()),
                    ocr).ifPresent(facts::add);
        }
        single(text, ocr, PULSE, VitalKind.PULSE, facts);
        single(text, ocr, RESPIRATION, VitalKind.RESPIRATORY_RATE, facts);
        single(text, ocr, SPO2, VitalKind.SPO2, facts);
        temperatures(text, ocr, facts);
        return facts;
    }

    /** A blood pressure a living patient can show; a misread one (diastolic above systolic, 400/20) is none. */
    static Optional<BloodPressureFact> bloodPressure(int sys, int dia, SourceSpan span, SpanConfidence ocr) {
        if (sys >= 50 && sys <= 280 && dia >= 20 && dia < sys && dia <= 180) {
            return Optional.of(new BloodPressureFact(sys, dia, span, 0.95 * ocr.of(span.start(), span.end())));
        }
        return Optional.empty();
    }

    /** A pulse, respiratory rate or SpO2 within what a living patient can show; none otherwise. */
    static Optional<VitalSignFact> single(VitalKind kind, int value, SourceSpan span, SpanConfidence ocr) {
        int[] limits = switch (kind) {
            case PULSE -> new int[] {20, 250};
            case RESPIRATORY_RATE -> new int[] {4, 70};
            case SPO2 -> new int[] {50, 100};
            case TEMPERATURE -> throw new IllegalArgumentException("temperatures have a unit: use temperature(...)");
        };
        if (value < limits[0] || value > limits[1]) {
            return Optional.empty();
        }
        return Optional.of(new VitalSignFact(kind, BigDecimal.valueOf(value), kind.ucum(), span,
                0.9 * ocr.of(span.start(), span.end())));
    }

    private static void single(String text, SpanConfidence ocr, Pattern p, VitalKind kind, List<ClinicalFact> facts) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            single(kind, Integer.parseInt(m.group(1)), SourceSpan.of(text, m.start(), m.end()), ocr).ifPresent(facts::add);
        }
    }

    private static void temperatures(String text, SpanConfidence ocr, List<ClinicalFact> facts) {
        Matcher m = TEMPERATURE.matcher(text);
        while (m.find()) {
            String unit = m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT);
            temperature(new BigDecimal(m.group(1)), unit, SourceSpan.of(text, m.start(), m.end()), ocr).ifPresent(facts::add);
        }
    }

    /** A temperature kept in Celsius, {@code unit} C, F or empty when none was printed; none outside 30-45 °C. */
    static Optional<VitalSignFact> temperature(BigDecimal value, String unit, SourceSpan span, SpanConfidence ocr) {
        double confidence = 0.9;
        if (unit.isEmpty()) {
            // No unit printed: the value itself tells, since 30-45 and 86-113 do not overlap; less sure though.
            unit = value.doubleValue() > 50 ? "F" : "C";
            confidence = 0.7;
        }
        BigDecimal celsius = unit.equals("F")
                ? value.subtract(BigDecimal.valueOf(32)).multiply(BigDecimal.valueOf(5))
                .divide(BigDecimal.valueOf(9), 1, RoundingMode.HALF_UP)
                : value;
        if (celsius.doubleValue() < 30 || celsius.doubleValue() > 45) {
            return Optional.empty();
        }
        return Optional.of(new VitalSignFact(VitalKind.TEMPERATURE, celsius, unit, span,
                confidence * ocr.of(span.start(), span.end())));
    }
}
