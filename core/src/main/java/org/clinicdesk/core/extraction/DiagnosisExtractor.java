package org.clinicdesk.core.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds conditions from the lexicon. A mention under a diagnosis heading (Diagnosis, Dx, Impression, Assessment)
 * is surer than one in passing; a negated mention ("no", "denies", "ruled out", a test of it "negative" within two words, in the spirit of NegEx) or one
 * about a relative ("family history of", "mother") is not the patient's condition and is left out.
 */
final class DiagnosisExtractor {
    private static final Pattern HEADING = Pattern.compile(
            "(?i)(?:^|\\b)(?:final\\s+|provisional\\s+|discharge\\s+)?(?:diagnos[ie]s|dx|impression|assessment|k/c/o|known case of)\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(?:no|not|denies|denied|without|negative\\s+for|ruled\\s+out|rule\\s+out|r/o|free\\s+of|absence\\s+of)\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(?:family\\s+history|FH|mother|father|brother|sister|parents?|sibling)\\b");
    private static final Pattern NEGATED_AFTER = Pattern.compile(
            "(?i)^\\s*(?:[\\p{L}\\d/-]+\\s+){0,2}?(?:(?:was|is|has\\s+been|been)\\s+)?"
                    + "(?:ruled\\s+out|excluded|negative|unlikely)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.;]|\\bbut\\b");
    private final Lexicon conditions;

    DiagnosisExtractor(Lexicon conditions) {
        this.conditions = conditions;
    }

    List<ClinicalFact> find(String text, SpanConfidence ocr) {
        List<DiagnosisFact> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TextLines.Line line : TextLines.of(text)) {
            String lineText = text.substring(line.start(), line.end());
            boolean underHeading = HEADING.matcher(lineText).find();
            for (Lexicon.Match m : conditions.find(text, line.start(), line.end())) {
                String before = clauseBefore(text, line.start(), m.start());
                String after = text.substring(m.end(), Math.min(line.end(), m.end() + 30));
                if (NEGATION.matcher(before).find() || RELATIVE.matcher(before).find()
                        || NEGATED_AFTER.matcher(after).find()) {
                    continue;
                }
                if (!seen.add(m.entry().name().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                double base = underHeading ? 0.95 : 0.75;
                String code = m.entry().columns().get(0);
                found.add(new DiagnosisFact(m.entry().name(), code.isBlank() ? Optional.empty() : Optional.of(code),
                        SourceSpan.of(text, m.start(), m.end()), base * ocr.of(m.start(), m.end())));
            }
        }
        return found.stream().filter(d -> found.stream().noneMatch(other -> narrower(other, d))).map(ClinicalFact.class::cast)
                .toList();
    }

    /**
     * Whether {@code specific} names a kind of {@code general}: its name ends with the other's whole name ("Type 2
     * diabetes mellitus" and "Diabetes mellitus", "Iron deficiency anaemia" and "Anaemia"). A page that says "T2DM"
     * in one place and "DM" in another has one condition, the specific one.
     */
    private static boolean narrower(DiagnosisFact specific, DiagnosisFact general) {
        String s = specific.name().toLowerCase(Locale.ROOT);
        String g = general.name().toLowerCase(Locale.ROOT);
        return s.length() > g.length() && s.endsWith(" " + g);
    }

    /** The words of the same clause before the mention: negation does not reach across a full stop or "but". */
    private static String clauseBefore(String text, int lineStart, int mentionStart) {
        String before = text.substring(Math.max(lineStart, mentionStart - 60), mentionStart);
        var m = CLAUSE_BREAK.matcher(before);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        return before.substring(cut);
    }
}
