-- Issue 12: a duplicate patient merged into another keeps its row (its signed notes cannot move) and points at the
-- kept patient; its UHID becomes an alias. The pointer syncs field by field like every patient column: central
-- migration V13 adds the same column, and the synced data model is now version 4 (SyncProtocol.SCHEMA_VERSION).
ALTER TABLE patient ADD COLUMN merged_into UUID;
CREATE INDEX ix_patient_merged_into ON patient (merged_into);
UPDATE sync_state SET schema_version = 4 WHERE id = 1;
