package org.clinicdesk.core.flags;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A check of every patient: the flags of each patient that has any, and counts by kind and by severity. */
public record FlagScan(int patients, String knowledgeVersion, List<PatientFlags> flagged) {
    public FlagScan {
        flagged = List.copyOf(flagged);
    }

    public Map<String, Integer> byKind() {
        Map<String, Integer> counts = new TreeMap<>();
        flagged.forEach(p -> p.flags().forEach(f -> counts.merge(f.kind().label(), 1, Integer::sum)));
        return counts;
    }

    public Map<String, Integer> bySeverity() {
        Map<String, Integer> counts = new TreeMap<>();
        flagged.forEach(p -> p.flags().forEach(f -> counts.merge(f.severity().label(), 1, Integer::sum)));
        return counts;
    }

    public int total() {
        return flagged.stream().mapToInt(p -> p.flags().size()).sum();
    }
}
