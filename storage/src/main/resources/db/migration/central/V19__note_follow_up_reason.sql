-- Issue 17: the follow-up reason of a note and of an amendment, the same columns as the desk's local V59 (cd_push
-- reads a table's data columns from the catalogue).
ALTER TABLE soap_note ADD COLUMN follow_up_reason varchar(200) NOT NULL DEFAULT '';
ALTER TABLE note_amendment ADD COLUMN follow_up_reason varchar(200) NOT NULL DEFAULT '';
UPDATE sync_meta SET schema_version = 6 WHERE id = 1;
