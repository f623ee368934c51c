-- Issue 16: where this server stands against a failover, for the desks. With asynchronous streaming replication a
-- commit this server acknowledged may not have reached its standby; a desk keeps what it pushed (local sent_change)
-- until safe_lsn passes the position it was told after its push, and pushes it again when the server it talks to
-- is on another timeline (a promoted standby). The function owner must be able to read pg_stat_replication's
-- positions (a superuser, or a member of pg_monitor): when it cannot, safe_lsn is NULL and nothing is confirmed.
CREATE FUNCTION cd_durability(OUT timeline integer, OUT insert_lsn numeric, OUT safe_lsn numeric)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
DECLARE
    senders     integer;
    hidden      integer;
    lowest_sent pg_lsn;
    slots       integer;
    lowest_slot pg_lsn;
    safe        pg_lsn := pg_current_wal_flush_lsn();
BEGIN
    timeline := ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::integer;
    insert_lsn := pg_current_wal_insert_lsn() - '0/0'::pg_lsn;
    SELECT count(*), count(*) FILTER (WHERE flush_lsn IS NULL), min(flush_lsn)
      INTO senders, hidden, lowest_sent FROM pg_stat_replication;
    -- a standby with a physical slot that is disconnected right now still counts: its slot keeps its place
    SELECT count(*), min(restart_lsn) INTO slots, lowest_slot FROM pg_replication_slots WHERE slot_type = 'physical';
    IF hidden > 0 OR (slots > 0 AND lowest_slot IS NULL) THEN
        safe_lsn := NULL;
        RETURN;
    END IF;
    IF lowest_sent IS NOT NULL AND lowest_sent < safe THEN
        safe := lowest_sent;
    END IF;
    IF lowest_slot IS NOT NULL AND lowest_slot < safe THEN
        safe := lowest_slot;
    END IF;
    safe_lsn := safe - '0/0'::pg_lsn;
END
$$;
REVOKE ALL ON FUNCTION cd_durability() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cd_durability() TO clinicdesk_site;
