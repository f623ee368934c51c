package org.clinicdesk.core.flags;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored flag with its life cycle: the cause (key), what it was when last seen, its state, the reason given for an
 * override, and who changed it when. Synced between desks like the rest of the chart.
 */
public record FlagRecord(UUID id, UUID patientId, String flagKey, FlagKind kind, FlagSeverity severity,
                         FlagState state, String explanation, String reason, String changedBy, Instant changedAt,
                         String knowledgeVersion) {
    public FlagRecord {
        reason = reason == null ? "" : reason.strip();
    }

    FlagRecord with(FlagState newState, String newReason, String by, Instant at) {
        return new FlagRecord(id, patientId, flagKey, kind, severity, newState, explanation, newReason, by, at,
                knowledgeVersion);
    }
}
