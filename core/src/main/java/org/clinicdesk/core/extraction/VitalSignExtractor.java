package org.clinicdesk.core.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads labelled vital signs: BP, pulse, respiratory rate, temperature (Celsius or Fahrenheit, kept in Celsius)
 * and SpO2. Labels allow the usual OCR slips (Sp02, SpO 2). Values outside what a living patient can show are
 * not suggested: they are misreads, not findings.
 */
final class VitalSignExtractor {
    private static final String SEP = "\\s*[:=\\-.]{0,2}\\s*";
    private static final Pattern BP = Pattern.compile(
            "(?<![\\p{L}])(?:B\\.?P\\.?|blood\\s+pressure)" + SEP + "(\\d{2,3})\\s*/\\s*(\\d{2,3})(?:\\s*mm\\s*of\\s*hg|\\s*mm\\s*hg)?",
            Pattern.CASE_INSENSITIVE);
    // Short labels (HR, PR, RR) only in capitals and not after a slash: "mm/hr 20" is an ESR unit, not a pulse.
    private static final Pattern PULSE = Pattern.compile(
            "(?<![\\p{L}/])(?:(?i:pulse(?:\\s+rate)?|heart\\s+rate)|HR|PR)" + SEP
                    + "(\\d{2,3})(?:\\s*(?i:bpm|beats\\s*/\\s*min|/\\s*min))?");
    private static final Pattern RESPIRATION = Pattern.compile(
            "(?<![\\p{L}/])(?:RR|(?i:resp(?:iratory)?\\.?\\s*rate))" + SEP
                    + "(\\d{1,2})(?:\\s*(?i:breaths\\s*/\\s*min|/\\s*min|bpm))?");
    private static final Pattern TEMPERATURE = Pattern.compile(
            "(?<![\\p{L}])(?:temp(?:erature)?\\.?)" + SEP + "(\\d{2,3}(?:\\.\\d{1,2})?)\\s*(?:°|º|\\*|deg(?:rees)?\\s*)?\\s*([CF])?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPO2 = Pattern.compile(
            "(?<![\\p{L}])(?:Sp\\s*[O0o]\\s*[2₂]|O2\\s*sat(?:uration)?|oxygen\\s+saturation)" + SEP + "(\\d{2,3})\\s*%?",
            Pattern.CASE_INSENSITIVE);

    List<ClinicalFact> find(String text, SpanConfidence ocr) {
        List<ClinicalFact> facts = new ArrayList<>();
        Matcher m = BP.matcher(text);
        while (m.find()) {
            int sys = Integer.parseInt(m.group(1));
            int dia = Integer.parseInt(m.group(2));
            if (sys >= 50 && sys <= 280 && dia >= 20 && dia < sys && dia <= 180) {
                facts.add(new BloodPressureFact(sys, dia, SourceSpan.of(text, m.start(), m.end()),
                        0.95 * ocr.of(m.start(), m.end())));
            }
        }
        single(text, ocr, PULSE, VitalKind.PULSE, 20, 250, facts);
        single(text, ocr, RESPIRATION, VitalKind.RESPIRATORY_RATE, 4, 70, facts);
        single(text, ocr, SPO2, VitalKind.SPO2, 50, 100, facts);
        temperatures(text, ocr, facts);
        return facts;
    }

    private static void single(String text, SpanConfidence ocr, Pattern p, VitalKind kind, int min, int max,
                               List<ClinicalFact> facts) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int value = Integer.parseInt(m.group(1));
            if (value >= min && value <= max) {
                facts.add(new VitalSignFact(kind, BigDecimal.valueOf(value), kind.ucum(),
                        SourceSpan.of(text, m.start(), m.end()), 0.9 * ocr.of(m.start(), m.end())));
            }
        }
    }

    private static void temperatures(String text, SpanConfidence ocr, List<ClinicalFact> facts) {
        Matcher m = TEMPERATURE.matcher(text);
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group(1));
            String unit = m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT);
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
            if (celsius.doubleValue() >= 30 && celsius.doubleValue() <= 45) {
                facts.add(new VitalSignFact(VitalKind.TEMPERATURE, celsius, unit,
                        SourceSpan.of(text, m.start(), m.end()), confidence * ocr.of(m.start(), m.end())));
            }
        }
    }
}
