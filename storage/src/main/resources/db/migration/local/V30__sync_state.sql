-- Sync bookkeeping of this desktop (local only, never synced): how far the central change feed has been applied,
-- which central database that position belongs to, the synced data model version, and the last successful sync.
CREATE TABLE sync_state (
    id              INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    central_id      UUID,
    feed_position   BIGINT  NOT NULL,
    schema_version  INTEGER NOT NULL,
    last_success    TIMESTAMP(6) WITH TIME ZONE
);
INSERT INTO sync_state (id, central_id, feed_position, schema_version, last_success) VALUES (1, NULL, 0, 1, NULL);

-- Sync asks "does this row still have changes waiting?" for every pulled row.
CREATE INDEX ix_outbox_row ON outbox (row_id);
