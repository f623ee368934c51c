package org.clinicdesk.core.flags;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A flag raised for a patient: what kind, how severe, the explanation in words, and the path in the clinical graph that
 * raised it (nodes, and the meaning of each edge between them), with the knowledge source and version it came from.
 * The key names the cause (kind and the nodes on the path), so the same cause found again is the same flag.
 */
public record ClinicalFlag(FlagKind kind, FlagSeverity severity, String explanation, List<FlagNode> path,
                           List<String> steps, String source, String knowledgeVersion) {
    public ClinicalFlag {
        path = List.copyOf(path);
        steps = List.copyOf(steps);
        if (path.size() < 2 || steps.size() != path.size() - 1) {
            throw new IllegalArgumentException("a flag needs a path of at least one edge: " + path);
        }
    }

    /** The cause: kind and the path's nodes other than patients, so it stays the same when found again. */
    public String key() {
        return kind.label() + ":" + path.stream().filter(n -> n.type() != FlagNode.Type.PATIENT)
                .map(n -> n.type().name().charAt(0) + n.key()).sorted().distinct().collect(Collectors.joining("|"));
    }

    /**
     * The path as a line, edges that carry a rule in brackets, arrows turning back towards the patient after the
     * rule: "Asha Rao → Warfarin 5 mg → Warfarin → (high: bleeding) NSAIDs ← Ibuprofen ← Brufen 400 mg ← Asha Rao".
     */
    public String pathText() {
        int pivot = -1;
        for (int i = 0; i < steps.size() && pivot < 0; i++) {
            if (steps.get(i).contains(":") || steps.get(i).startsWith("same ")) {
                pivot = i;
            }
        }
        boolean ruled = pivot >= 0;
        if (!ruled) {
            pivot = path.get(0).equals(path.get(path.size() - 1)) ? steps.size() / 2 : steps.size();
        }
        StringBuilder s = new StringBuilder(path.get(0).label());
        for (int i = 0; i < steps.size(); i++) {
            if (i == pivot && ruled) {
                s.append(" → (").append(steps.get(i)).append(") ");
            } else {
                s.append(i < pivot ? " → " : " ← ");
            }
            s.append(path.get(i + 1).label());
        }
        return s.toString();
    }
}
