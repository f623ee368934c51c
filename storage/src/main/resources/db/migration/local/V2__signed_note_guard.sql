-- The database itself refuses changes to signed notes and to amendments (see SignedNoteGuard).
CREATE TRIGGER soap_note_signed_guard BEFORE UPDATE, DELETE ON soap_note
    FOR EACH ROW CALL 'org.clinicdesk.storage.notes.SignedNoteGuard';
CREATE TRIGGER note_amendment_append_only BEFORE UPDATE, DELETE ON note_amendment
    FOR EACH ROW CALL 'org.clinicdesk.storage.notes.SignedNoteGuard';
