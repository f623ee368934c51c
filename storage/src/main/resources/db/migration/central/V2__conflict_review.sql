-- A person settles a sync conflict from any desk of the clinic: who, when, what they decided, and the version
-- that did not stay (the one that stayed is the row itself). Row-level security still keeps clinics apart.
ALTER TABLE sync_conflict
    ADD COLUMN other_version text,
    ADD COLUMN resolved_by   text,
    ADD COLUMN resolved_at   timestamptz,
    ADD COLUMN resolution    text;
GRANT UPDATE (resolved, resolved_by, resolved_at, resolution) ON sync_conflict TO clinicdesk_site;
