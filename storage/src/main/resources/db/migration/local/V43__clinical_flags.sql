-- Clinical flags and their life cycle (issue 12): one row per cause (flag_key) and patient, its state (RAISED,
-- ACKNOWLEDGED, OVERRIDDEN with a reason, RESOLVED) and who changed it when. Synced (last writer wins), like the chart.
CREATE TABLE clinical_flag (
    id                UUID          NOT NULL PRIMARY KEY,
    site              VARCHAR(8)    NOT NULL,
    version           VARCHAR(64)   NOT NULL,
    deleted           BOOLEAN       DEFAULT FALSE NOT NULL,
    patient_id        UUID          NOT NULL,
    flag_key          VARCHAR(1000) NOT NULL,
    kind              VARCHAR(32)   NOT NULL,
    severity          VARCHAR(16)   NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    explanation       VARCHAR(4000) NOT NULL,
    reason            VARCHAR(500)  NOT NULL,
    changed_by        VARCHAR(64)   NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    knowledge_version VARCHAR(64)   NOT NULL,
    CONSTRAINT clinical_flag_state CHECK (state IN ('RAISED', 'ACKNOWLEDGED', 'OVERRIDDEN', 'RESOLVED')),
    CONSTRAINT clinical_flag_override_has_reason CHECK (state <> 'OVERRIDDEN' OR LENGTH(reason) >= 5)
);
CREATE INDEX clinical_flag_by_patient ON clinical_flag (patient_id);

-- Sync data model version 3 (SyncProtocol.SCHEMA_VERSION), as the central V8__clinical_flags.sql.
UPDATE sync_state SET schema_version = 3 WHERE id = 1;
