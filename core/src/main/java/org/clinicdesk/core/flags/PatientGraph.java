package org.clinicdesk.core.flags;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicdesk.core.flags.KnowledgeRules.Component;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsGraphUnion;

/**
 * One patient's graph (patient -takes- medicine -contains- ingredient; -has- diagnosis -means- condition; -allergic
 * to- allergy; -measured- observation) joined with the knowledge graph. Every flag's path is walked here, edge by edge,
 * so a path that is not really in the graph cannot be reported.
 */
final class PatientGraph {
    final Knowledge knowledge;
    final PatientFacts facts;
    final FlagNode patient;
    final Graph<FlagNode, FlagEdge> own;
    final Graph<FlagNode, FlagEdge> union;
    /** Each active medicine's node and the ingredients it stands for (possibly none when not recognised). */
    final Map<FlagNode, List<Component>> medicines = new LinkedHashMap<>();
    private final Map<FlagNode, Medicine> taken = new LinkedHashMap<>();

    PatientGraph(Knowledge knowledge, PatientFacts facts) {
        this.knowledge = knowledge;
        this.facts = facts;
        this.patient = new FlagNode(FlagNode.Type.PATIENT, facts.patientId().toString(),
                facts.name() + " (" + facts.uhid() + ")");
        this.own = KnowledgeGraph.emptyGraph();
        own.addVertex(patient);
        Map<String, FlagNode> byName = new LinkedHashMap<>();
        for (Medicine m : facts.medicines()) {
            String written = knowledge.normalised(m.name());
            if (byName.containsKey(written)) {
                continue; // the same medicine renewed or recorded twice is one medicine, not duplicate therapy
            }
            FlagNode node = new FlagNode(FlagNode.Type.MEDICINE, "m:" + written, m.name());
            byName.put(written, node);
            own.addVertex(node);
            own.addEdge(patient, node, new FlagEdge(FlagEdge.Relation.TAKES));
            List<Component> parts = knowledge.ingredientsOf(m.name());
            medicines.put(node, parts);
            taken.put(node, m);
            for (Component c : parts) {
                FlagNode ingredient = knowledge.ingredientNode(c.ingredient());
                own.addVertex(ingredient);
                own.addEdge(node, ingredient, new FlagEdge(FlagEdge.Relation.CONTAINS));
            }
        }
        this.union = new AsGraphUnion<>(own, knowledge.graph());
    }

    Medicine medicine(FlagNode node) {
        return taken.get(node);
    }

    /** Adds a patient-specific vertex joined to an existing one. */
    FlagNode attach(FlagNode from, FlagNode node, FlagEdge.Relation relation) {
        own.addVertex(node);
        if (!own.containsVertex(from)) {
            own.addVertex(from);
        }
        own.addEdge(from, node, new FlagEdge(relation));
        return node;
    }

    /** Links two vertices (either may be knowledge) with a patient-specific edge: a rule's step. */
    void link(FlagNode a, FlagNode b, FlagText label) {
        own.addVertex(a);
        own.addVertex(b);
        own.addEdge(a, b, new FlagEdge(label));
    }

    /** The flag for a walk through the given nodes; each consecutive pair must be joined by an edge. */
    ClinicalFlag flag(FlagKind kind, FlagSeverity severity, FlagText explanation, String source, List<FlagNode> nodes) {
        return flag(kind, severity, explanation, source, nodes, null);
    }

    /** As {@link #flag}, preferring the edge labelled {@code pivot} where several join the same two nodes. */
    ClinicalFlag flag(FlagKind kind, FlagSeverity severity, FlagText explanation, String source, List<FlagNode> nodes,
                      FlagText pivot) {
        List<FlagText> steps = new ArrayList<>();
        for (int i = 1; i < nodes.size(); i++) {
            steps.add(edge(nodes.get(i - 1), nodes.get(i), pivot).words());
        }
        return new ClinicalFlag(kind, severity, explanation, nodes, steps, source, knowledge.version());
    }

    private FlagEdge edge(FlagNode a, FlagNode b, FlagText pivot) {
        java.util.Set<FlagEdge> all = union.getAllEdges(a, b);
        if (all == null || all.isEmpty()) {
            throw new IllegalStateException("no edge between " + a + " and " + b + " in the clinical graph");
        }
        return all.stream().filter(e -> e.words().equals(pivot)).findFirst().orElse(all.iterator().next());
    }

    /** The path down from the patient to an ingredient through a medicine, and on to one of its classes if given. */
    List<FlagNode> down(FlagNode medicine, String ingredient, DrugTarget via) {
        List<FlagNode> nodes = new ArrayList<>(List.of(patient, medicine, knowledge.ingredientNode(ingredient)));
        if (via.isClass()) {
            nodes.add(KnowledgeGraph.classNode(knowledge, via.id()));
        }
        return nodes;
    }

    static List<FlagNode> reversed(List<FlagNode> nodes) {
        List<FlagNode> r = new ArrayList<>(nodes);
        java.util.Collections.reverse(r);
        return r;
    }
}
