-- Opening a store reads the newest version of every synced table and of the outbox (the hybrid clock goes on from
-- it). Most tables had an index on version; these did not, so a desk with many unsent changes (or many documents,
-- flags, users) scanned them at every start: about 4 s with 100,000 changes waiting in the outbox. With the index,
-- MAX(version) is one lookup (OutboxTest checks every table that has a version).
CREATE INDEX ix_outbox_version ON outbox (version);
CREATE INDEX ix_sent_change_version ON sent_change (version);
CREATE INDEX ix_clinical_flag_version ON clinical_flag (version);
CREATE INDEX ix_app_user_version ON app_user (version);
CREATE INDEX ix_document_version ON document (version);
CREATE INDEX ix_document_page_version ON document_page (version);
