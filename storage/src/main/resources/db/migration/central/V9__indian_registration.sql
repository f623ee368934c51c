-- Issue 17: the patient's Indian particulars, the same columns as the desk's local V45. cd_push merges them field by
-- field like every other patient column (it reads a table's data columns from the catalogue), so nothing else changes
-- on the server but the synced data model's version.
ALTER TABLE patient ADD COLUMN relative_relation text NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN relative_name     text NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN village           text NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN district          text NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN state             text NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN pin               text NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN abha_number       text NOT NULL DEFAULT '';
UPDATE sync_meta SET schema_version = 3 WHERE id = 1;
