-- Issue 17: why the patient is asked back ("review BP", "dressing change"), beside the follow-up day of a note and
-- of an amendment; the board shows it on the booked entry. Syncs like every note column: central migration V19 adds
-- the same columns, and the synced data model is now version 6.
ALTER TABLE soap_note ADD COLUMN follow_up_reason VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE note_amendment ADD COLUMN follow_up_reason VARCHAR(200) DEFAULT '' NOT NULL;
UPDATE sync_state SET schema_version = 6 WHERE id = 1;
-- As in V51: H2 re-initialises a table's triggers while ALTER TABLE copies it, which leaves the signed note guard
-- blind; create both guards again on the altered tables.
DROP TRIGGER soap_note_signed_guard;
DROP TRIGGER note_amendment_append_only;
CREATE TRIGGER soap_note_signed_guard BEFORE UPDATE, DELETE ON soap_note
    FOR EACH ROW CALL 'org.clinicdesk.storage.notes.SignedNoteGuard';
CREATE TRIGGER note_amendment_append_only BEFORE UPDATE, DELETE ON note_amendment
    FOR EACH ROW CALL 'org.clinicdesk.storage.notes.SignedNoteGuard';
