package org.clinicdesk.core.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds medicines by name (lexicon, tolerating an OCR slip or two in long names), then reads strength, form, route,
 * and the schedule ({@link MedicationSchedule}) from the rest of the line up to the next medicine, and whether the
 * line stops it ("Stop Metformin", "Aspirin discontinued"). The form may also come just before the
 * name ("Tab. Paracetamol", "T. Paracetamol").
 */
final class MedicationExtractor {
    private static final double EXACT = 0.9;
    private static final double APPROXIMATE = 0.7;
    private final Lexicon drugs;

    MedicationExtractor(Lexicon drugs) {
        this.drugs = drugs;
    }

    List<ClinicalFact> find(String text, SpanConfidence ocr) {
        List<ClinicalFact> facts = new ArrayList<>();
        for (TextLines.Line line : TextLines.of(text)) {
            List<Lexicon.Match> names = new ArrayList<>(drugs.find(text, line.start(), line.end()));
            names.addAll(drugs.findApproximate(text, line.start(), line.end(), names));
            names.sort(Comparator.comparingInt(Lexicon.Match::start));
            int previousEnd = line.start();
            for (int i = 0; i < names.size(); i++) {
                Lexicon.Match name = names.get(i);
                int segmentEnd = i + 1 < names.size() ? names.get(i + 1).start() : line.end();
                facts.add(read(text, name, previousEnd, segmentEnd, ocr));
                previousEnd = name.end();
            }
        }
        return facts;
    }

    private MedicationFact read(String text, Lexicon.Match name, int headStart, int segmentEnd, SpanConfidence ocr) {
        int spanStart = name.start();
        int spanEnd = name.end();
        Optional<DoseForm> form = Optional.empty();
        Matcher before = MedicationPatterns.FORM.matcher(text).region(Math.max(headStart, name.start() - 12), name.start());
        while (before.find()) {
            form = Optional.of(MedicationPatterns.form(before.group(1)));
            spanStart = before.start();
        }
        Matcher initial = MedicationPatterns.FORM_INITIAL.matcher(text)
                .region(Math.max(headStart, name.start() - 6), name.start()).useTransparentBounds(true)
                .useAnchoringBounds(false);
        if (form.isEmpty() && initial.find() && initial.end() == name.start()) {
            form = Optional.of(MedicationPatterns.form(initial.group(1)));
            spanStart = initial.start();
        }
        Optional<Strength> strength = Optional.empty();
        Optional<MatchResult> m = first(MedicationPatterns.STRENGTH, text, name.end(), segmentEnd);
        if (m.isPresent()) {
            strength = Optional.of(MedicationPatterns.strength(m.get()));
            spanEnd = Math.max(spanEnd, m.get().end());
        }
        m = first(MedicationPatterns.FORM, text, name.end(), segmentEnd);
        if (form.isEmpty() && m.isPresent()) {
            form = Optional.of(MedicationPatterns.form(m.get().group(1)));
            spanEnd = Math.max(spanEnd, m.get().end());
        }
        Optional<Route> route = Optional.empty();
        m = first(MedicationPatterns.ROUTE, text, name.end(), segmentEnd);
        if (m.isPresent()) {
            route = Optional.of(MedicationPatterns.route(m.get().group(1)));
            spanEnd = Math.max(spanEnd, m.get().end());
        }
        MedicationSchedule.Schedule schedule = MedicationSchedule.read(text, name.end(), segmentEnd);
        if (schedule.end() > name.end()) {
            spanEnd = Math.max(spanEnd, schedule.end());
        }
        MedicationStatus status = MedicationStatus.ACTIVE;
        Matcher stopBefore = MedicationSchedule.STOP_BEFORE.matcher(text).region(headStart, name.start());
        Matcher stopAfter = MedicationSchedule.STOP_AFTER.matcher(text).region(name.end(), segmentEnd);
        if (stopBefore.find()) {
            status = MedicationStatus.STOPPED;
            spanStart = Math.min(spanStart, stopBefore.start());
        } else if (stopAfter.find()) {
            status = MedicationStatus.STOPPED;
            spanEnd = Math.max(spanEnd, stopAfter.end());
        }
        double base = name.exact() ? EXACT : APPROXIMATE;
        if (strength.isEmpty() && schedule.frequency().isEmpty() && status == MedicationStatus.ACTIVE) {
            base -= 0.2;
        }
        SourceSpan span = SourceSpan.of(text, spanStart, spanEnd);
        return new MedicationFact(name.entry().name(), strength, form, route, schedule.frequency(), schedule.duration(),
                schedule.asNeeded(), schedule.stat(), schedule.steps(), status, span,
                base * ocr.of(spanStart, spanEnd));
    }

    private static Optional<MatchResult> first(Pattern pattern, String text, int from, int to) {
        Matcher m = pattern.matcher(text).region(from, to);
        return m.find() ? Optional.of(m.toMatchResult()) : Optional.empty();
    }
}
