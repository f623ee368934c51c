package org.clinicdesk.core.flags;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicdesk.core.flags.KnowledgeRules.AllergyRule;
import org.clinicdesk.core.flags.KnowledgeRules.Component;
import org.clinicdesk.core.flags.KnowledgeRules.ConditionDef;
import org.clinicdesk.core.flags.KnowledgeRules.ConditionRule;
import org.clinicdesk.core.flags.KnowledgeRules.LabRule;

/** Rules between a medicine and the patient: a condition it is contraindicated in, an allergy, a lab value. */
final class ConditionRules {
    private ConditionRules() {
    }

    /** The patient's diagnoses as vertices, each joined to the knowledge condition it names. */
    static Map<String, FlagNode> conditions(PatientGraph g) {
        Map<String, FlagNode> byCondition = new LinkedHashMap<>();
        for (String diagnosis : g.facts.diagnoses()) {
            String text = " " + String.join(" ", Knowledge.words(diagnosis)) + " ";
            for (ConditionDef c : g.knowledge.conditions()) {
                if (byCondition.containsKey(c.id()) || c.words().stream().noneMatch(w -> text.contains(" " + w + " "))
                        || c.unless().stream().anyMatch(w -> text.contains(" " + w + " "))) {
                    continue;
                }
                FlagNode dx = g.attach(g.patient, new FlagNode(FlagNode.Type.CONDITION, "dx:" + diagnosis, diagnosis),
                        FlagEdge.Relation.HAS);
                g.attach(dx, FlagNode.condition(c.id(), c.name()), FlagEdge.Relation.MEANS);
                byCondition.put(c.id(), dx);
            }
        }
        return byCondition;
    }

    static void contraindications(PatientGraph g, Map<String, FlagNode> conditions, List<ClinicalFlag> out) {
        if (conditions.isEmpty()) {
            return;
        }
        Map<String, ClinicalFlag> best = new LinkedHashMap<>();
        forEachTarget(g, (med, ingredient, target) -> {
            for (ConditionRule r : g.knowledge.conditionRules()) {
                FlagNode dx = conditions.get(r.condition());
                if (dx == null || !r.drug().equals(target)) {
                    continue;
                }
                List<FlagNode> path = g.down(med, ingredient, target);
                FlagNode condition = KnowledgeGraph.conditionNode(g.knowledge, r.condition());
                path.addAll(List.of(condition, dx, g.patient));
                keep(best, ingredient + "|" + r.condition(), g.flag(FlagKind.CONTRAINDICATION, r.severity(),
                        FlagText.message("flag.explain.contraindication", g.medicine(med).name(), dx.words(), r.reason(),
                                r.action()), "contraindications.csv", path,
                        KnowledgeGraph.contraLabel(r.severity())));
            }
        });
        out.addAll(best.values());
    }

    static void allergies(PatientGraph g, List<ClinicalFlag> out) {
        if (g.facts.allergies().isEmpty()) {
            return;
        }
        Map<String, ClinicalFlag> best = new LinkedHashMap<>();
        for (String allergy : g.facts.allergies()) {
            String text = " " + String.join(" ", Knowledge.words(allergy)) + " ";
            List<AllergyRule> rules = new ArrayList<>();
            for (AllergyRule r : g.knowledge.allergyRules()) {
                if (r.words().stream().anyMatch(w -> text.contains(" " + w + " "))) {
                    rules.add(r);
                }
            }
            for (Component c : g.knowledge.ingredientsOf(allergy)) {
                rules.add(new AllergyRule(List.of(), new DrugTarget(false, c.ingredient()), FlagSeverity.HIGH,
                        FlagText.message("flag.explain.allergyTo", c.ingredient())));
            }
            if (rules.isEmpty()) {
                continue;
            }
            FlagNode node = new FlagNode(FlagNode.Type.ALLERGY, "allergy:" + allergy,
                    FlagText.message("flag.node.allergy", allergy));
            forEachTarget(g, (med, ingredient, target) -> {
                for (AllergyRule r : rules) {
                    if (!r.reactsWith().equals(target)) {
                        continue;
                    }
                    FlagText label = KnowledgeGraph.rule(r.severity(), FlagText.message("flag.rule.crossReacts"));
                    if (!g.own.containsVertex(node)) {
                        g.attach(g.patient, node, FlagEdge.Relation.ALLERGIC_TO);
                    }
                    g.link(KnowledgeGraph.node(g.knowledge, target), node, label);
                    List<FlagNode> path = g.down(med, ingredient, target);
                    path.addAll(List.of(node, g.patient));
                    keep(best, ingredient + "|" + allergy, g.flag(FlagKind.ALLERGY, r.severity(),
                            FlagText.message("flag.explain.allergy", g.medicine(med).name(), allergy, r.note()),
                            "allergies.csv", path, label));
                }
            });
        }
        out.addAll(best.values());
    }

    static void labs(PatientGraph g, Map<String, LabReading> latest, List<ClinicalFlag> out) {
        if (latest.isEmpty()) {
            return;
        }
        Map<String, ClinicalFlag> best = new LinkedHashMap<>();
        forEachTarget(g, (med, ingredient, target) -> {
            for (LabRule r : g.knowledge.labRules()) {
                LabReading reading = latest.get(r.lab());
                if (reading == null || !r.drug().equals(target) || !r.met(reading.value())) {
                    continue;
                }
                FlagText label = KnowledgeGraph.rule(r.severity(), FlagText.message(r.below() ? "flag.rule.labBelow"
                        : "flag.rule.labAbove", r.lab(), r.threshold().toPlainString()));
                FlagNode obs = reading.node(g);
                g.link(KnowledgeGraph.node(g.knowledge, target), obs, label);
                List<FlagNode> path = g.down(med, ingredient, target);
                path.addAll(List.of(obs, g.patient));
                keep(best, ingredient + "|" + r.lab(), g.flag(FlagKind.CONTRAINDICATION, r.severity(),
                        FlagText.message("flag.explain.contraindication", g.medicine(med).name(), reading.words(), r.reason(),
                                r.action()), "lab-contraindications.csv", path, label));
            }
        });
        out.addAll(best.values());
    }

    private static void keep(Map<String, ClinicalFlag> best, String key, ClinicalFlag flag) {
        ClinicalFlag current = best.get(key);
        if (current == null || flag.severity().compareTo(current.severity()) > 0) {
            best.put(key, flag);
        }
    }

    /** What a rule sees for each medicine: the medicine, one of its ingredients, and that ingredient or one of its classes. */
    interface TargetVisitor {
        void visit(FlagNode medicine, String ingredient, DrugTarget target);
    }

    static void forEachTarget(PatientGraph g, TargetVisitor visitor) {
        for (Map.Entry<FlagNode, List<Component>> e : g.medicines.entrySet()) {
            for (Component c : e.getValue()) {
                for (DrugTarget t : MedicineRules.targets(g.knowledge, c.ingredient())) {
                    visitor.visit(e.getKey(), c.ingredient(), t);
                }
            }
        }
    }

    /** The latest plausible value of a lab, as a vertex on demand. */
    record LabReading(LabValue value0, String lab, BigDecimal value, String unit) {
        FlagNode node(PatientGraph g) {
            FlagNode n = new FlagNode(FlagNode.Type.OBSERVATION, "obs:" + value0.recordId(), words());
            if (!g.own.containsVertex(n)) {
                g.attach(g.patient, n, FlagEdge.Relation.MEASURED);
            }
            return n;
        }

        /** "creatinine 2.1 mg/dL on 2026-11-02", in the reader's words. */
        FlagText words() {
            return words(value0.name());
        }

        /** As {@link #words()}, the name capitalised to open a sentence. */
        FlagText capitalisedWords() {
            return words(FlagNode.capitalise(value0.name()));
        }

        private FlagText words(String name) {
            String amount = value.stripTrailingZeros().toPlainString() + (unit.isEmpty() ? "" : " " + unit);
            return value0.date().map(d -> FlagText.message("flag.node.readingOn", name, amount, d.toString()))
                    .orElseGet(() -> FlagText.message("flag.node.reading", name, amount));
        }
    }
}
