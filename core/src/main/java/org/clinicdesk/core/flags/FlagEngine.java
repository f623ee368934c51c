package org.clinicdesk.core.flags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicdesk.core.flags.ConditionRules.LabReading;

/**
 * Finds a patient's flags: builds their graph joined with the knowledge graph and runs every rule over it. Pure and
 * thread-safe (the knowledge never changes); the most severe flags come first.
 */
public final class FlagEngine {
    private final Knowledge knowledge;

    public FlagEngine(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    public List<ClinicalFlag> check(PatientFacts facts) {
        PatientGraph g = new PatientGraph(knowledge, facts);
        List<ClinicalFlag> out = new ArrayList<>();
        Set<String> interacting = MedicineRules.interactions(g, out);
        MedicineRules.duplicates(g, interacting, out);
        Map<String, LabReading> latest = MeasurementRules.labs(g, out);
        MedicineRules.doses(g, MeasurementRules.childWeight(g, latest), out);
        ConditionRules.contraindications(g, ConditionRules.conditions(g), out);
        ConditionRules.allergies(g, out);
        ConditionRules.labs(g, latest, out);
        MeasurementRules.news2(g, out);
        out.sort(Comparator.comparing(ClinicalFlag::severity).reversed().thenComparing(ClinicalFlag::kind));
        return out;
    }

    /**
     * The flags a prescription being written would add: those whose path goes through one of the proposed medicines.
     */
    public List<ClinicalFlag> checkProposed(PatientFacts facts, List<Medicine> proposed) {
        PatientFacts with = facts.withMedicines(proposed);
        List<String> names = proposed.stream().map(m -> m.name().strip()).toList();
        return check(with).stream().filter(f -> f.path().stream()
                .anyMatch(n -> n.type() == FlagNode.Type.MEDICINE && names.contains(n.label()))).toList();
    }

    /** Only the graph, no rules: the baseline the benchmark prints next to a full check. */
    public int buildGraphOnly(PatientFacts facts) {
        return new PatientGraph(knowledge, facts).union.vertexSet().size();
    }
}
