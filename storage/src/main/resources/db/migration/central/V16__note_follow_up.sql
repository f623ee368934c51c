-- Issue 17: the follow-up day of a note and of an amendment, the same columns as the desk's local V51 (cd_push reads
-- a table's data columns from the catalogue).
ALTER TABLE soap_note ADD COLUMN follow_up_date date;
ALTER TABLE note_amendment ADD COLUMN follow_up_date date;
UPDATE sync_meta SET schema_version = 5 WHERE id = 1;
