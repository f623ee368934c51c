-- Audit events vouch for the record they changed (issue 10): per column, a digest of the record as the change left
-- it, covered by the event's hash and signature. 'audit verify' compares every audited record with its events'
-- digests, so a record changed without an event shows. Events from before carry none.
ALTER TABLE audit_event ADD COLUMN row_digest VARCHAR(8000) DEFAULT '' NOT NULL;
