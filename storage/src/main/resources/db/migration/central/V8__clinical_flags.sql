-- Sync data model version 3 (SyncProtocol.SCHEMA_VERSION): clinical_flag is new (issue 12). Same columns as the
-- desktop's V43__clinical_flags.sql; timestamps as cd_instant, long texts as text. Pushed only through cd_push, which
-- merges it by the rule in cd_synced_table (last writer by hybrid clock), like history entries.
CREATE TABLE clinical_flag (
    id             uuid    NOT NULL,
    clinic_id      uuid    NOT NULL,
    site           text    NOT NULL,
    version        text    NOT NULL,
    deleted        boolean NOT NULL DEFAULT false,
    field_versions jsonb   NOT NULL DEFAULT '{}',
    patient_id uuid NOT NULL, flag_key text NOT NULL, kind text NOT NULL, severity text NOT NULL, state text NOT NULL,
    explanation text NOT NULL, reason text NOT NULL, changed_by text NOT NULL, changed_at cd_instant NOT NULL,
    knowledge_version text NOT NULL,
    PRIMARY KEY (clinic_id, id)
);
CREATE INDEX ix_clinical_flag_clinic ON clinical_flag (clinic_id);

ALTER TABLE clinical_flag ENABLE ROW LEVEL SECURITY;
CREATE POLICY clinical_flag_own_clinic ON clinical_flag USING (clinic_id = (SELECT cd_current_clinic()))
    WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
-- Site logins read their clinic's rows; they write only through cd_push (as every synced table since V6).
GRANT SELECT ON clinical_flag TO clinicdesk_site;

INSERT INTO cd_synced_table (table_name, merge_rule, apply_order) VALUES ('clinical_flag', 'LAST_WRITER', 13);
UPDATE sync_meta SET schema_version = 3 WHERE id = 1;
