-- Issue 17: what an Indian registration records beside name, age and phone. Empty text is "not given".
-- The columns sync (patient is field-merged): central migration V9 adds the same columns, and the synced data model
-- is now version 3 (SyncProtocol.SCHEMA_VERSION), so a desk and a server of different releases refuse to sync.
ALTER TABLE patient ADD COLUMN relative_relation VARCHAR(3)   DEFAULT '' NOT NULL;
ALTER TABLE patient ADD COLUMN relative_name     VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE patient ADD COLUMN village           VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE patient ADD COLUMN district          VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE patient ADD COLUMN state             VARCHAR(60)  DEFAULT '' NOT NULL;
ALTER TABLE patient ADD COLUMN pin               VARCHAR(6)   DEFAULT '' NOT NULL;
ALTER TABLE patient ADD COLUMN abha_number       VARCHAR(14)  DEFAULT '' NOT NULL;
CREATE INDEX ix_patient_abha ON patient (abha_number);
UPDATE sync_state SET schema_version = 3 WHERE id = 1;
