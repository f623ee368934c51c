package org.clinicdesk.core.flags;

import java.util.List;

/** A patient's flags as the chart, the command line and the signing rule see them, most severe first. */
public record PatientFlags(String uhid, String name, String knowledgeVersion, List<ClinicalFlag> flags) {
    public PatientFlags {
        flags = List.copyOf(flags);
    }

    public List<ClinicalFlag> high() {
        return flags.stream().filter(f -> f.severity() == FlagSeverity.HIGH).toList();
    }
}
