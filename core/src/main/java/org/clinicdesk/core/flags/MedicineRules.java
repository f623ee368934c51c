package org.clinicdesk.core.flags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicdesk.core.flags.KnowledgeRules.Component;
import org.clinicdesk.core.flags.KnowledgeRules.DoseLimit;
import org.clinicdesk.core.flags.KnowledgeRules.DrugClass;

/** Rules between the patient's medicines: interactions, the same ingredient or class twice, daily dose over the limit. */
final class MedicineRules {
    private static final Pattern MG = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(mg|g|mcg|µg)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNITS = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*(tab|tabs|tablet|tablets|cap|caps|capsule"
            + "|capsules|sachet|sachets)\\b", Pattern.CASE_INSENSITIVE);

    private MedicineRules() {
    }

    /** One candidate flag for an ingredient pair; the most severe wins, the ONC list first among equals. */
    private record Found(Interaction interaction, ClinicalFlag flag) {
    }

    static Set<String> interactions(PatientGraph g, List<ClinicalFlag> out) {
        Map<String, Found> best = new LinkedHashMap<>();
        List<FlagNode> meds = new ArrayList<>(g.medicines.keySet());
        for (int i = 0; i < meds.size(); i++) {
            for (int j = i + 1; j < meds.size(); j++) {
                for (Component c1 : g.medicines.get(meds.get(i))) {
                    for (Component c2 : g.medicines.get(meds.get(j))) {
                        if (!c1.ingredient().equals(c2.ingredient())) {
                            pair(g, meds.get(i), c1.ingredient(), meds.get(j), c2.ingredient(), best);
                        }
                    }
                }
            }
        }
        best.values().forEach(f -> out.add(f.flag()));
        return best.keySet();
    }

    private static void pair(PatientGraph g, FlagNode m1, String i1, FlagNode m2, String i2, Map<String, Found> best) {
        String key = pairKey(i1, i2);
        Optional<Match> match = g.knowledge.interactionBetween(i1, i2);
        if (match.isEmpty()) {
            return;
        }
        Interaction ix = match.get().interaction();
        Found current = best.get(key);
        if (current != null && !better(ix, current.interaction())) {
            return;
        }
        boolean swapped = !match.get().first().equals(i1);
        String from = swapped ? i2 : i1;
        String to = swapped ? i1 : i2;
        FlagNode fromMed = swapped ? m2 : m1;
        FlagNode toMed = swapped ? m1 : m2;
        List<FlagNode> path = g.down(fromMed, from, match.get().firstSide());
        path.addAll(PatientGraph.reversed(g.down(toMed, to, match.get().secondSide())));
        List<FlagText> sentences = new ArrayList<>(List.of(FlagText.message("flag.explain.interaction",
                g.medicine(fromMed).name(), g.medicine(toMed).name(), ix.effect())));
        if (!ix.mechanism().isEmpty()) {
            sentences.add(FlagText.message("flag.explain.why", ix.mechanism()));
        }
        if (!ix.action().isEmpty()) {
            sentences.add(FlagText.message("flag.explain.whatToDo", ix.action()));
        }
        FlagText text = FlagText.joined(" ", sentences);
        best.put(key, new Found(ix, g.flag(FlagKind.INTERACTION, ix.severity(), text, ix.source(), path,
                KnowledgeGraph.interactionLabel(ix))));
    }

    /** The interaction that joins two ingredients, and through which side (the ingredient or a class) on each. */
    record Match(Interaction interaction, String first, DrugTarget firstSide, DrugTarget secondSide) {
    }

    /** The most severe interaction between two ingredients (the ONC list first among equals), found once per pair. */
    static Optional<Match> find(Knowledge k, String i1, String i2) {
        Match found = null;
        for (DrugTarget t1 : k.targets(i1)) {
            for (Interaction ix : k.interactionsOf(t1)) {
                for (DrugTarget other : others(ix, t1)) {
                    if (matches(k, other, i2) && (found == null || better(ix, found.interaction()))) {
                        found = new Match(ix, i1, t1, other);
                    }
                }
            }
        }
        return Optional.ofNullable(found);
    }

    static boolean better(Interaction candidate, Interaction current) {
        int bySeverity = candidate.severity().compareTo(current.severity());
        return bySeverity > 0 || bySeverity == 0 && candidate.fromOnc() && !current.fromOnc();
    }

    private static List<DrugTarget> others(Interaction ix, DrugTarget side) {
        List<DrugTarget> others = new ArrayList<>(2);
        if (ix.a().equals(side)) {
            others.add(ix.b());
        }
        if (ix.b().equals(side) && !ix.a().equals(ix.b())) {
            others.add(ix.a());
        }
        return others;
    }

    static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    static List<DrugTarget> targets(Knowledge k, String ingredient) {
        return k.targets(ingredient);
    }

    static boolean matches(Knowledge k, DrugTarget target, String ingredient) {
        return target.isClass() ? k.ingredient(ingredient).map(i -> i.classes().contains(target.id())).orElse(false)
                : target.id().equals(ingredient);
    }

    static void duplicates(PatientGraph g, Set<String> interacting, List<ClinicalFlag> out) {
        List<FlagNode> meds = new ArrayList<>(g.medicines.keySet());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < meds.size(); i++) {
            for (int j = i + 1; j < meds.size(); j++) {
                FlagNode m1 = meds.get(i);
                FlagNode m2 = meds.get(j);
                for (Component c1 : g.medicines.get(m1)) {
                    for (Component c2 : g.medicines.get(m2)) {
                        String i1 = c1.ingredient();
                        String i2 = c2.ingredient();
                        if (i1.equals(i2)) {
                            List<FlagNode> path = new ArrayList<>(List.of(g.patient, m1, g.knowledge.ingredientNode(i1), m2,
                                    g.patient));
                            out.add(g.flag(FlagKind.DUPLICATE_INGREDIENT, FlagSeverity.MODERATE,
                                    FlagText.message("flag.explain.sameIngredient", g.medicine(m1).name(),
                                            g.medicine(m2).name(), i1), "drugs.csv, brands.csv", path));
                        } else if (!interacting.contains(pairKey(i1, i2)) && seen.add(pairKey(i1, i2))) {
                            sharedClass(g, i1, i2).ifPresent(c -> out.add(g.flag(FlagKind.DUPLICATE_CLASS,
                                    FlagSeverity.MODERATE, FlagText.message("flag.explain.sameClass", g.medicine(m1).name(),
                                            g.medicine(m2).name(), c.name()),
                                    "classes.csv", List.of(g.patient, m1, g.knowledge.ingredientNode(i1),
                                            FlagNode.drugClass(c.id(), c.name()), g.knowledge.ingredientNode(i2), m2,
                                            g.patient))));
                        }
                    }
                }
            }
        }
    }

    private static Optional<DrugClass> sharedClass(PatientGraph g, String i1, String i2) {
        return g.knowledge.duplicateClass(i1, i2);
    }

    /** The total a day of each ingredient over every medicine whose dose can be read, against its limit. */
    static void doses(PatientGraph g, Optional<Double> childWeightKg, List<ClinicalFlag> out) {
        Map<String, List<FlagNode>> takenIn = new LinkedHashMap<>();
        Map<String, Double> perDay = new LinkedHashMap<>();
        for (Map.Entry<FlagNode, List<Component>> e : g.medicines.entrySet()) {
            Medicine m = g.medicine(e.getKey());
            for (Component c : e.getValue()) {
                dailyMg(m, c, e.getValue().size()).ifPresent(mg -> {
                    perDay.merge(c.ingredient(), mg, Double::sum);
                    takenIn.computeIfAbsent(c.ingredient(), k -> new ArrayList<>()).add(e.getKey());
                });
            }
        }
        for (Map.Entry<String, Double> e : perDay.entrySet()) {
            Optional<DoseLimit> limit = g.knowledge.doseLimit(e.getKey());
            if (limit.isEmpty()) {
                continue;
            }
            double max = childWeightKg.flatMap(w -> limit.get().childMgPerKg().map(perKg -> Math.min(perKg * w,
                    limit.get().childMaxMg().orElse(limit.get().adultMaxMg())))).orElse(limit.get().adultMaxMg());
            if (e.getValue() > max + 1e-9) {
                List<FlagNode> meds = takenIn.get(e.getKey());
                meds.sort(Comparator.comparing(FlagNode::key));
                List<FlagNode> path = new ArrayList<>(List.of(g.patient, meds.get(0), g.knowledge.ingredientNode(e.getKey())));
                if (meds.size() > 1) {
                    path.add(meds.get(1));
                    path.add(g.patient);
                }
                String ingredient = FlagNode.capitalise(e.getKey());
                FlagText text = childWeightKg.isPresent()
                        ? FlagText.message("flag.explain.doseOverChild", ingredient, amount(e.getValue()),
                                childWeightKg.get().toString(), amount(max))
                        : FlagText.message("flag.explain.doseOverAdult", ingredient, amount(e.getValue()), amount(max));
                out.add(g.flag(FlagKind.DOSE_OVER_LIMIT, FlagSeverity.HIGH, text, "dose-limits.csv", path));
            }
        }
    }

    static Optional<Double> dailyMg(Medicine m, Component c, int ingredients) {
        if (m.strength().isEmpty() || m.dosesPerDay().isEmpty()) {
            return Optional.empty();
        }
        String strength = m.strength().get().strip();
        Matcher units = UNITS.matcher(strength);
        if (units.find()) {
            return c.mgPerUnit().map(mg -> mg * Double.parseDouble(units.group(1)) * m.dosesPerDay().getAsInt());
        }
        Matcher mg = MG.matcher(strength);
        if (mg.find() && ingredients == 1) {
            double value = Double.parseDouble(mg.group(1));
            String unit = mg.group(2).toLowerCase(java.util.Locale.ROOT);
            double perDose = unit.equals("g") ? value * 1000 : unit.equals("mg") ? value : value / 1000;
            return Optional.of(perDose * m.dosesPerDay().getAsInt());
        }
        return Optional.empty();
    }

    static String amount(double mg) {
        return mg == Math.rint(mg) ? String.valueOf((long) mg) : String.valueOf(Math.round(mg * 100) / 100.0);
    }
}
