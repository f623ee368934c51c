-- Issue 17: the day a note asks the patient back; signing books the patient onto that day's list. Syncs like every
-- note column: central migration V16 adds the same columns, and the synced data model is now version 5.
ALTER TABLE soap_note ADD COLUMN follow_up_date DATE;
ALTER TABLE note_amendment ADD COLUMN follow_up_date DATE;
UPDATE sync_state SET schema_version = 5 WHERE id = 1;
