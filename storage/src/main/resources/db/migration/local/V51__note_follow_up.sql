-- Issue 17: the day a note asks the patient back; signing books the patient onto that day's list. Syncs like every
-- note column: central migration V16 adds the same columns, and the synced data model is now version 5.
ALTER TABLE soap_note ADD COLUMN follow_up_date DATE;
ALTER TABLE note_amendment ADD COLUMN follow_up_date DATE;
UPDATE sync_state SET schema_version = 5 WHERE id = 1;
-- H2 re-initialises a table's triggers while ALTER TABLE copies it (under a temporary name), which leaves the signed
-- note guard blind; create both guards again on the altered tables.
DROP TRIGGER soap_note_signed_guard;
DROP TRIGGER note_amendment_append_only;
CREATE TRIGGER soap_note_signed_guard BEFORE UPDATE, DELETE ON soap_note
    FOR EACH ROW CALL 'org.clinicdesk.storage.notes.SignedNoteGuard';
CREATE TRIGGER note_amendment_append_only BEFORE UPDATE, DELETE ON note_amendment
    FOR EACH ROW CALL 'org.clinicdesk.storage.notes.SignedNoteGuard';
