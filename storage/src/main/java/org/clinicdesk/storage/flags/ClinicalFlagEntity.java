package org.clinicdesk.storage.flags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.clinicdesk.core.flags.FlagKind;
import org.clinicdesk.core.flags.FlagRecord;
import org.clinicdesk.core.flags.FlagSeverity;
import org.clinicdesk.core.flags.FlagState;
import org.clinicdesk.core.flags.FlagTextJson;
import org.clinicdesk.storage.db.SyncedEntity;

@Entity
@Table(name = "clinical_flag")
class ClinicalFlagEntity extends SyncedEntity {
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "flag_key", nullable = false, length = 1000)
    private String flagKey;
    @Column(name = "kind", nullable = false, length = 32)
    private String kind;
    @Column(name = "severity", nullable = false, length = 16)
    private String severity;
    @Column(name = "state", nullable = false, length = 16)
    private String state;
    @Column(name = "explanation", nullable = false, length = 4000)
    private String explanation;
    @Column(name = "reason", nullable = false, length = 500)
    private String reason;
    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "knowledge_version", nullable = false, length = 64)
    private String knowledgeVersion;
    /** The explanation as words for the reader's language (FlagTextJson); "" in rows from before issue 17. */
    @Column(name = "explanation_words", nullable = false, length = FlagTextJson.MAX_LENGTH)
    private String explanationWords = "";

    protected ClinicalFlagEntity() {
    }

    ClinicalFlagEntity(UUID id, UUID patientId) {
        super(id);
        this.patientId = patientId;
    }

    void copyFrom(FlagRecord r) {
        flagKey = cut(r.flagKey(), 1000);
        kind = r.kind().name();
        severity = r.severity().name();
        state = r.state().name();
        explanation = cut(r.explanation(), 4000);
        reason = r.reason();
        changedBy = r.changedBy();
        changedAt = r.changedAt();
        knowledgeVersion = cut(r.knowledgeVersion(), 64);
        explanationWords = r.words().map(FlagTextJson::write).orElse("");
    }

    FlagRecord toRecord() {
        return new FlagRecord(getId(), patientId, flagKey, FlagKind.valueOf(kind), FlagSeverity.valueOf(severity),
                FlagState.valueOf(state), explanation, reason, changedBy, changedAt, knowledgeVersion,
                FlagTextJson.read(explanationWords));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
