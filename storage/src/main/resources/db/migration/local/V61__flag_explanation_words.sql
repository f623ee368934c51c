-- Issue 17: a stored flag's explanation as words (a key of core's bundle and its arguments, FlagTextJson), put into
-- the language of whoever reads it rather than kept in the language of the desk that raised it. Older rows keep ''
-- and show their plain explanation as written. Syncs like every flag column: central migration V21 adds the same
-- column, and the synced data model is now version 7.
ALTER TABLE clinical_flag ADD COLUMN explanation_words VARCHAR(4000) DEFAULT '' NOT NULL;
UPDATE sync_state SET schema_version = 7 WHERE id = 1;
