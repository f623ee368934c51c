package org.clinicdesk.core.flags;

import org.clinicdesk.core.flags.KnowledgeRules.ConditionDef;
import org.clinicdesk.core.flags.KnowledgeRules.ConditionRule;
import org.clinicdesk.core.flags.KnowledgeRules.DrugClass;
import org.clinicdesk.core.flags.KnowledgeRules.Ingredient;
import org.jgrapht.Graph;
import org.jgrapht.graph.Pseudograph;

/**
 * The knowledge as a graph: ingredient -is a- class, and the interaction and contraindication edges between
 * ingredients, classes and conditions. Undirected (a path may be read either way) and a pseudograph, since a class can
 * interact with itself and two rules may join the same pair.
 */
final class KnowledgeGraph {
    private KnowledgeGraph() {
    }

    static Graph<FlagNode, FlagEdge> build(Knowledge k) {
        Graph<FlagNode, FlagEdge> g = emptyGraph();
        for (String name : k.ingredientNames()) {
            Ingredient ingredient = k.ingredient(name).orElseThrow();
            FlagNode node = FlagNode.ingredient(name);
            g.addVertex(node);
            for (String c : ingredient.classes()) {
                FlagNode cls = classNode(k, c);
                g.addVertex(cls);
                g.addEdge(node, cls, new FlagEdge(FlagEdge.Relation.IS_A));
            }
        }
        for (Interaction i : k.interactions()) {
            FlagNode a = node(k, i.a());
            FlagNode b = node(k, i.b());
            g.addVertex(a);
            g.addVertex(b);
            g.addEdge(a, b, new FlagEdge(interactionLabel(i)));
        }
        for (ConditionDef c : k.conditions()) {
            g.addVertex(FlagNode.condition(c.id(), c.name()));
        }
        for (ConditionRule r : k.conditionRules()) {
            FlagNode drug = node(k, r.drug());
            g.addVertex(drug);
            g.addEdge(drug, conditionNode(k, r.condition()), new FlagEdge(contraLabel(r.severity())));
        }
        return g;
    }

    static Graph<FlagNode, FlagEdge> emptyGraph() {
        return new Pseudograph<>(null, null, false);
    }

    static FlagText interactionLabel(Interaction i) {
        return rule(i.severity(), FlagText.value(i.effect()));
    }

    static FlagText contraLabel(FlagSeverity s) {
        return rule(s, FlagText.message("flag.rule.contraindicated"));
    }

    /** A rule's step: "high: bleeding", its severity in the reader's words. */
    static FlagText rule(FlagSeverity s, FlagText what) {
        return FlagText.message("flag.rule", FlagText.message("flag.severity." + s.name()), what);
    }

    static FlagNode node(Knowledge k, DrugTarget t) {
        return t.isClass() ? classNode(k, t.id()) : FlagNode.ingredient(t.id());
    }

    static FlagNode classNode(Knowledge k, String id) {
        DrugClass c = k.drugClass(id);
        return FlagNode.drugClass(id, c.name());
    }

    static FlagNode conditionNode(Knowledge k, String id) {
        ConditionDef c = k.conditions().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return FlagNode.condition(c.id(), c.name());
    }
}
