package org.clinicdesk.core.flags;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.core.flags.ConditionRules.LabReading;
import org.clinicdesk.core.flags.KnowledgeRules.LabDef;
import org.clinicdesk.core.vitals.ClinicalResponse;
import org.clinicdesk.core.vitals.News2Parameter;
import org.clinicdesk.core.vitals.News2Score;

/**
 * Rules on measured values: a physiologically implausible value (a typing or reading error, left out of every other
 * rule), the latest value out of its range, a rise against the patient's own last value, and NEWS2.
 */
final class MeasurementRules {
    private static final BigDecimal CREATININE_UMOL_PER_MG_DL = new BigDecimal("88.4");

    private MeasurementRules() {
    }

    /** Values older than this are history: they still show as implausible, but raise no range or drug flag. */
    static final int RECENT_DAYS = 365;

    /** Checks every value; returns the latest recent plausible reading per lab for the other rules. */
    static Map<String, LabReading> labs(PatientGraph g, List<ClinicalFlag> out) {
        Map<String, LabReading> latest = new LinkedHashMap<>();
        Map<String, LabReading> previous = new LinkedHashMap<>();
        for (LabValue v : g.facts.labs()) {
            Optional<LabDef> def = g.knowledge.lab(v.name());
            if (def.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> value = inUnit(def.get(), v);
            if (value.isEmpty()) {
                continue;
            }
            LabReading reading = new LabReading(v, def.get().id(), value.get(), def.get().unit());
            BigDecimal x = value.get();
            if (x.compareTo(def.get().implausibleLow()) < 0 || x.compareTo(def.get().implausibleHigh()) > 0) {
                out.add(g.flag(FlagKind.IMPLAUSIBLE_VALUE, FlagSeverity.MODERATE, FlagText.message("flag.explain.implausible",
                        reading.capitalisedWords(), def.get().implausibleLow().toPlainString(),
                        def.get().implausibleHigh().toPlainString()), "labs.csv",
                        List.of(g.patient, reading.node(g))));
                continue;
            }
            if (v.date().map(d -> d.isBefore(g.facts.today().minusDays(RECENT_DAYS))).orElse(false)) {
                previous.put(def.get().id(), reading);
                continue;
            }
            LabReading before = latest.put(def.get().id(), reading);
            if (before != null) {
                previous.put(def.get().id(), before);
            }
        }
        for (LabReading r : latest.values()) {
            LabDef def = g.knowledge.labById(r.lab()).orElseThrow();
            outOfRange(g, def, r, out);
            LabReading before = previous.get(r.lab());
            if (before != null && def.riseRatio().isPresent() && before.value().signum() > 0
                    && r.value().compareTo(before.value().multiply(def.riseRatio().get())) >= 0) {
                BigDecimal ratio = r.value().divide(before.value(), 1, RoundingMode.HALF_UP);
                FlagText label = KnowledgeGraph.rule(FlagSeverity.HIGH,
                        FlagText.message("flag.rule.rose", ratio.toPlainString()));
                FlagNode earlier = before.node(g);
                FlagNode now = r.node(g);
                g.link(earlier, now, label);
                out.add(g.flag(FlagKind.LAB_RISE, FlagSeverity.HIGH, FlagText.message("flag.explain.labRise",
                        r.capitalisedWords(), ratio.toPlainString(), before.words(),
                        def.riseRatio().get().toPlainString()), "labs.csv",
                        List.of(g.patient, earlier, now, g.patient), label));
            }
        }
        return latest;
    }

    private static void outOfRange(PatientGraph g, LabDef def, LabReading r, List<ClinicalFlag> out) {
        boolean low = def.low().map(l -> r.value().compareTo(l) < 0).orElse(false);
        boolean high = def.high().map(h -> r.value().compareTo(h) > 0).orElse(false);
        if (low || high) {
            out.add(g.flag(FlagKind.LAB_OUT_OF_RANGE, FlagSeverity.LOW, FlagText.message(low ? "flag.explain.labBelow" : "flag.explain.labAbove",
                    r.capitalisedWords(), (low ? def.low() : def.high()).get().toPlainString(), def.unit()),
                    "labs.csv", List.of(g.patient, r.node(g))));
        }
    }

    /** The value in the lab's own unit, when the written unit is that unit (or a known conversion of it). */
    static Optional<BigDecimal> inUnit(LabDef def, LabValue v) {
        String unit = normalUnit(v.unit());
        if (unit.isEmpty() || unit.equals(normalUnit(def.unit()))) {
            return Optional.of(v.value());
        }
        if (def.id().equals("creatinine") && (unit.equals("umol/l") || unit.equals("µmol/l"))) {
            return Optional.of(v.value().divide(CREATININE_UMOL_PER_MG_DL, 2, RoundingMode.HALF_UP));
        }
        if (def.id().equals("body_weight") && unit.equals("kg")) {
            return Optional.of(v.value());
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern UNIT_NOISE = java.util.regex.Pattern.compile("[{}_\\[\\] ]");

    static String normalUnit(String unit) {
        return UNIT_NOISE.matcher(unit.toLowerCase(Locale.ROOT)).replaceAll("").replace("μ", "µ");
    }

    static void news2(PatientGraph g, List<ClinicalFlag> out) {
        if (g.facts.news2().isEmpty()) {
            return;
        }
        News2Score s = g.facts.news2().get();
        boolean highBand = s.response() == ClinicalResponse.HIGH;
        if (!highBand && !s.redFlag() && s.response() != ClinicalResponse.MEDIUM) {
            return;
        }
        String total = String.valueOf(s.total());
        FlagNode node = g.attach(g.patient, new FlagNode(FlagNode.Type.OBSERVATION, "news2",
                FlagText.message(s.redFlag() ? "flag.node.news2RedFlag" : "flag.node.news2", total)), FlagEdge.Relation.SCORED);
        FlagText response = FlagText.message("news2.response." + s.response().name());
        FlagText explanation = s.redFlag()
                ? FlagText.message("flag.explain.news2RedParameter", total, response, FlagText.joined(", ",
                        s.points().entrySet().stream().filter(e -> e.getValue() == 3)
                                .map(e -> News2Parameter.key(e.getKey()).map(FlagText::message)
                                        .orElseGet(() -> FlagText.value(e.getKey()))).toList()))
                : FlagText.message("flag.explain.news2", total, response);
        out.add(g.flag(FlagKind.NEWS2, highBand ? FlagSeverity.HIGH : FlagSeverity.MODERATE, explanation,
                "NEWS2 (Royal College of Physicians, 2017)", List.of(g.patient, node)));
    }

    static Optional<Double> childWeight(PatientGraph g, Map<String, LabReading> latest) {
        LabReading weight = latest.get("body_weight");
        boolean child = g.facts.ageYears().map(a -> a < 18).orElse(false);
        if (!child || weight == null || weight.value().doubleValue() >= 40) {
            return Optional.empty();
        }
        return Optional.of(weight.value().doubleValue());
    }
}
