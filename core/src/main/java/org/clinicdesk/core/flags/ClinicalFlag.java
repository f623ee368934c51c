package org.clinicdesk.core.flags;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A flag raised for a patient: what kind, how severe, the explanation, and the path in the clinical graph that raised
 * it (nodes, and the meaning of each edge between them), with the knowledge source and version it came from. The
 * explanation and the steps are kept as {@link FlagText} and put into words when read, in the reader's language.
 * The key names the cause (kind and the nodes on the path), so the same cause found again is the same flag.
 */
public record ClinicalFlag(FlagKind kind, FlagSeverity severity, FlagText words, List<FlagNode> path,
                           List<FlagText> stepWords, String source, String knowledgeVersion) {
    /** The steps that are plain relations ("takes", "contains"); any other step is the rule that raised the flag. */
    static final String RELATION = "flag.relation.";

    public ClinicalFlag {
        path = List.copyOf(path);
        stepWords = List.copyOf(stepWords);
        if (path.size() < 2 || stepWords.size() != path.size() - 1) {
            throw new IllegalArgumentException("a flag needs a path of at least one edge: " + path);
        }
    }

    /** The explanation in the language core speaks now. */
    public String explanation() {
        return words.text();
    }

    /** The meaning of each edge of the path, in the language core speaks now. */
    public List<String> steps() {
        return stepWords.stream().map(FlagText::text).toList();
    }

    static boolean isRule(FlagText step) {
        return !(step instanceof FlagText.Message m && m.key().startsWith(RELATION));
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
        return pathText(org.clinicdesk.core.common.CoreMessages.bundle());
    }

    /** {@link #pathText()} in the language of {@code bundle}. */
    public String pathText(java.util.ResourceBundle bundle) {
        List<String> steps = stepWords.stream().map(w -> w.render(bundle)).toList();
        int pivot = -1;
        for (int i = 0; i < steps.size() && pivot < 0; i++) {
            if (isRule(stepWords.get(i))) {
                pivot = i;
            }
        }
        boolean ruled = pivot >= 0;
        if (!ruled) {
            pivot = path.get(0).equals(path.get(path.size() - 1)) ? steps.size() / 2 : steps.size();
        }
        StringBuilder s = new StringBuilder(path.get(0).words().render(bundle));
        for (int i = 0; i < steps.size(); i++) {
            if (i == pivot && ruled) {
                s.append(" → (").append(steps.get(i)).append(") ");
            } else {
                s.append(i < pivot ? " → " : " ← ");
            }
            s.append(path.get(i + 1).words().render(bundle));
        }
        return s.toString();
    }
}
