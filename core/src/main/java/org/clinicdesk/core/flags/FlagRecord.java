package org.clinicdesk.core.flags;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored flag with its life cycle: the cause (key), what it was when last seen, its state, the reason given for an
 * override, and who changed it when. Synced between desks like the rest of the chart. The explanation is kept twice:
 * as words ({@link FlagText}, put into the reader's language when read) and as the text the raising desk wrote, which
 * rows from before issue 17 have alone and which stands in when the words cannot be read.
 */
public record FlagRecord(UUID id, UUID patientId, String flagKey, FlagKind kind, FlagSeverity severity,
                         FlagState state, String explanation, String reason, String changedBy, Instant changedAt,
                         String knowledgeVersion, Optional<FlagText> words) {
    public FlagRecord {
        reason = reason == null ? "" : reason.strip();
        explanation = explanation == null ? "" : explanation;
        words = words == null ? Optional.empty() : words;
    }

    /** A row holding only the plain explanation (as stored before issue 17). */
    public FlagRecord(UUID id, UUID patientId, String flagKey, FlagKind kind, FlagSeverity severity, FlagState state,
                      String explanation, String reason, String changedBy, Instant changedAt, String knowledgeVersion) {
        this(id, patientId, flagKey, kind, severity, state, explanation, reason, changedBy, changedAt,
                knowledgeVersion, Optional.empty());
    }

    /**
     * The explanation in the language core speaks now; the stored text as written when there are no words, or when
     * this version cannot read them (an unknown key from a newer desk).
     */
    public String explanationText() {
        String written = explanation.isBlank()
                ? org.clinicdesk.core.common.CoreMessages.text("flag.text.unreadable") : FlagText.Value.shown(explanation);
        return words.map(w -> w.renderOr(written)).orElse(written);
    }

    FlagRecord with(FlagState newState, String newReason, String by, Instant at) {
        return new FlagRecord(id, patientId, flagKey, kind, severity, newState, explanation, newReason, by, at,
                knowledgeVersion, words);
    }
}
