-- Issue 17: a flag's explanation as words for the reader's language, the same column as the desk's local V61 (cd_push
-- reads a table's data columns from the catalogue, so the last-writer merge carries it with the rest of the row).
-- At most what a desk's column holds (4000): a longer value from one desk's login is refused at its push rather than
-- stored here and refused by every desk that pulls it.
ALTER TABLE clinical_flag ADD COLUMN explanation_words varchar(4000) NOT NULL DEFAULT '';
UPDATE sync_meta SET schema_version = 7 WHERE id = 1;
