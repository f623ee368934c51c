-- Audit events carry the digest of the record they changed (see the desk's V46); it travels with the event.
ALTER TABLE audit_event ADD COLUMN row_digest text NOT NULL DEFAULT '';
