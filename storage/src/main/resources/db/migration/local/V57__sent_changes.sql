-- Issue 16: a change the central server took stays here (not in the outbox, so it is not pending) until that server
-- says its standby has it too (cd_durability, central V18); if the desk then finds itself on another server
-- incarnation (a promoted standby: other central_id or timeline) the change goes back to the outbox with its old
-- sequence, so that it is pushed again, in its original order. central_timeline in sync_state tells a failover
-- apart for the feed cursor too: feed positions of a lost tail are issued again by the promoted server.
CREATE TABLE sent_change (
    seq              BIGINT        NOT NULL PRIMARY KEY,
    entity_table     VARCHAR(40)   NOT NULL,
    row_id           UUID          NOT NULL,
    operation        VARCHAR(10)   NOT NULL,
    version          VARCHAR(40)   NOT NULL,
    changed_fields   VARCHAR(4000) NOT NULL DEFAULT '',
    created_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    central_id       UUID          NOT NULL,
    central_timeline INTEGER       NOT NULL,
    central_lsn      BIGINT        NOT NULL
);
ALTER TABLE sync_state ADD COLUMN central_timeline INTEGER;
