-- Issue 12: the patient a duplicate was merged into, the same column as the desk's local V47. cd_push merges it field
-- by field like every other patient column (it reads a table's data columns from the catalogue).
ALTER TABLE patient ADD COLUMN merged_into uuid;
UPDATE sync_meta SET schema_version = 4 WHERE id = 1;
