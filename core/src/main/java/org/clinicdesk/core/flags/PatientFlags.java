package org.clinicdesk.core.flags;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A patient's flags as the chart, the command line and the signing rule see them, most severe first, with the stored
 * state of each (by key) when they have been reconciled with the store.
 */
public record PatientFlags(UUID patientId, String uhid, String name, String knowledgeVersion, List<ClinicalFlag> flags,
                           Map<String, FlagRecord> states) {
    public PatientFlags {
        flags = List.copyOf(flags);
        states = Map.copyOf(states);
    }

    PatientFlags withStates(Map<String, FlagRecord> stored) {
        return new PatientFlags(patientId, uhid, name, knowledgeVersion, flags, stored);
    }

    public Optional<FlagRecord> state(ClinicalFlag flag) {
        return Optional.ofNullable(states.get(flag.key()));
    }

    public List<ClinicalFlag> high() {
        return flags.stream().filter(f -> f.severity() == FlagSeverity.HIGH).toList();
    }
}
