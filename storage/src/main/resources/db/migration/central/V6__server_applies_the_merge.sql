-- The central server trusts no desk (issue 10). Site logins lose every direct write: a push is one call of
-- cd_push(batch), a SECURITY DEFINER function that checks every row against the caller's own clinic and site,
-- applies the merge rules of each table set-based, and alone writes the change feed. Blobs and conflict reviews go
-- through functions too. History is append-only. Every key starts with clinic_id, so the schema can be distributed
-- by clinic (see storage/CENTRAL.md).

-- Which tables sync, in which order their rows are applied, and the merge rule of each (the same rules as
-- org.clinicdesk.core.sync.SyncMerge, which the tests run side by side with this function).
CREATE TABLE cd_synced_table (
    table_name  text    PRIMARY KEY,
    merge_rule  text    NOT NULL CHECK (merge_rule IN ('LAST_WRITER', 'FIELD_MERGE', 'QUEUE_FORWARD', 'SIGNED_NOTE',
                                                       'APPEND_ONLY')),
    apply_order integer NOT NULL UNIQUE
);
INSERT INTO cd_synced_table (table_name, merge_rule, apply_order) VALUES
    ('clinic_setting', 'LAST_WRITER', 1),
    ('app_user', 'LAST_WRITER', 2),
    ('patient', 'FIELD_MERGE', 3),
    ('queue_entry', 'QUEUE_FORWARD', 4),
    ('queue_transition', 'APPEND_ONLY', 5),
    ('vitals', 'LAST_WRITER', 6),
    ('soap_note', 'SIGNED_NOTE', 7),
    ('note_amendment', 'APPEND_ONLY', 8),
    ('history_entry', 'LAST_WRITER', 9),
    ('audit_event', 'APPEND_ONLY', 10),
    ('document', 'LAST_WRITER', 11),
    ('document_page', 'LAST_WRITER', 12);
GRANT SELECT ON cd_synced_table TO clinicdesk_site;

-- Keys by clinic first: (clinic_id, id) everywhere.
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT table_name FROM cd_synced_table LOOP
        EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', t, t || '_pkey');
        EXECUTE format('ALTER TABLE %I ADD PRIMARY KEY (clinic_id, id)', t);
    END LOOP;
END
$$;
ALTER TABLE sync_conflict DROP CONSTRAINT sync_conflict_pkey;
ALTER TABLE sync_conflict ADD PRIMARY KEY (clinic_id, id);

-- Each site's audit chain head as the server has checked it, link by link; only cd_push writes it.
CREATE TABLE audit_anchor (
    clinic_id uuid   NOT NULL,
    site      text   NOT NULL,
    sequence  bigint NOT NULL,
    hash      text   NOT NULL,
    PRIMARY KEY (clinic_id, site)
);
ALTER TABLE audit_anchor ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_anchor_own_clinic ON audit_anchor USING (clinic_id = (SELECT cd_current_clinic()));

-- Each desk's public key (Ed25519), registered when its store claims the site; desks check user changes and audit
-- events against it. Only cd_claim_site writes it.
CREATE TABLE desk_key (
    clinic_id  uuid        NOT NULL,
    site       text        NOT NULL,
    store_id   uuid        NOT NULL,
    public_key text        NOT NULL,
    registered timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, site, store_id)
);
ALTER TABLE desk_key ENABLE ROW LEVEL SECURITY;
CREATE POLICY desk_key_own_clinic ON desk_key USING (clinic_id = (SELECT cd_current_clinic()));

-- The LISTEN/NOTIFY channel of each clinic: a random name that only that clinic's logins can read.
CREATE TABLE clinic_channel (
    clinic_id uuid PRIMARY KEY,
    channel   text NOT NULL
);
ALTER TABLE clinic_channel ENABLE ROW LEVEL SECURITY;
CREATE POLICY clinic_channel_own_clinic ON clinic_channel USING (clinic_id = (SELECT cd_current_clinic()));

-- Site logins: read their clinic's rows, write nothing directly.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM clinicdesk_site;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM clinicdesk_site;
GRANT SELECT ON audit_anchor, desk_key, clinic_channel TO clinicdesk_site;
-- No temporary objects for site logins: a temporary table or function of theirs could otherwise stand in for one
-- that the functions below create and run with the functions' rights.
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END
$$;

-- History is append-only here too, whoever connects.
CREATE FUNCTION cd_refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% rows are history: they cannot be changed or deleted', TG_TABLE_NAME
        USING ERRCODE = 'check_violation';
END
$$;
CREATE TRIGGER tr_audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION cd_refuse_history_change();
CREATE TRIGGER tr_note_amendment_append_only BEFORE UPDATE OR DELETE ON note_amendment
    FOR EACH ROW EXECUTE FUNCTION cd_refuse_history_change();
CREATE TRIGGER tr_queue_transition_append_only BEFORE UPDATE OR DELETE ON queue_transition
    FOR EACH ROW EXECUTE FUNCTION cd_refuse_history_change();
CREATE TRIGGER tr_audit_anchor_no_delete BEFORE DELETE ON audit_anchor
    FOR EACH ROW EXECUTE FUNCTION cd_refuse_history_change();
CREATE TRIGGER tr_audit_event_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION cd_refuse_history_change();

-- The caller's clinic and site, or an error for a login that belongs to no clinic.
CREATE FUNCTION cd_caller() RETURNS TABLE (clinic_id uuid, site text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
    RETURN QUERY SELECT r.clinic_id, r.site FROM site_registry r WHERE r.role_name = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'login % belongs to no clinic site', session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- Queue progress: requeue round, then stage, then version (SyncMerge.compareQueue).
CREATE FUNCTION cd_queue_stage(p_status text) RETURNS integer LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE p_status WHEN 'WAITING' THEN 0 WHEN 'IN_TRIAGE' THEN 1 WHEN 'READY_FOR_DOCTOR' THEN 2
    WHEN 'IN_CONSULTATION' THEN 3 WHEN 'COMPLETED' THEN 4 WHEN 'CANCELLED' THEN 4 WHEN 'NO_SHOW' THEN 4 ELSE -1 END $$;

CREATE FUNCTION cd_queue_ahead(a_round integer, a_status text, a_version text,
                               b_round integer, b_status text, b_version text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS
$$ SELECT a_round > b_round
       OR (a_round = b_round AND cd_queue_stage(a_status) > cd_queue_stage(b_status))
       OR (a_round = b_round AND cd_queue_stage(a_status) = cd_queue_stage(b_status)
           AND a_version COLLATE "C" > b_version COLLATE "C") $$;

-- The data columns of a synced table (everything but the envelope and bookkeeping), in table order.
CREATE FUNCTION cd_data_columns(p_table text) RETURNS text[] LANGUAGE sql STABLE AS
$$ SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a
    WHERE a.attrelid = p_table::regclass AND a.attnum > 0 AND NOT a.attisdropped
      AND a.attname NOT IN ('id', 'clinic_id', 'site', 'version', 'deleted', 'field_versions') $$;

-- Each new audit event must continue its site's chain exactly where the server's anchor is; the anchor then moves.
CREATE FUNCTION cd_check_audit_links(p_clinic uuid, p_site text) RETURNS void
    LANGUAGE plpgsql SET search_path = public, pg_temp AS
$$
DECLARE
    v_seq  bigint;
    v_hash text;
    r      record;
BEGIN
    SELECT a.sequence, a.hash INTO v_seq, v_hash FROM audit_anchor a
        WHERE a.clinic_id = p_clinic AND a.site = p_site FOR UPDATE;
    IF NOT FOUND THEN
        v_seq := 0;
        v_hash := repeat('0', 64);
    END IF;
    FOR r IN SELECT i.id, i.sequence, i.previous_hash, i.hash FROM pg_temp.cd_push_in i
             WHERE NOT EXISTS (SELECT 1 FROM audit_event c WHERE c.clinic_id = p_clinic AND c.id = i.id)
             ORDER BY i.sequence LOOP
        IF r.sequence IS DISTINCT FROM v_seq + 1 OR r.previous_hash IS DISTINCT FROM v_hash
                OR r.hash !~ '^[0-9a-f]{64}$' THEN
            RAISE EXCEPTION 'audit event % (site %, sequence %) does not continue the chain this server holds for site % (up to sequence %): events were removed, changed or reordered',
                r.id, p_site, r.sequence, p_site, v_seq USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        v_seq := r.sequence;
        v_hash := r.hash;
    END LOOP;
    IF v_seq > 0 THEN
        INSERT INTO audit_anchor (clinic_id, site, sequence, hash) VALUES (p_clinic, p_site, v_seq, v_hash)
            ON CONFLICT (clinic_id, site) DO UPDATE SET sequence = EXCLUDED.sequence, hash = EXCLUDED.hash
            WHERE audit_anchor.sequence < EXCLUDED.sequence;
    END IF;
END
$$;
REVOKE ALL ON FUNCTION cd_check_audit_links(uuid, text) FROM PUBLIC;

-- The chains already on the server are anchored where they stand.
INSERT INTO audit_anchor (clinic_id, site, sequence, hash)
SELECT DISTINCT ON (clinic_id, site) clinic_id, site, sequence, hash FROM audit_event
ORDER BY clinic_id, site, sequence DESC;

-- A clinic's feed channel, made on first use: a random name only its own logins can learn.
CREATE FUNCTION cd_channel_of(p_clinic uuid) RETURNS text
    LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS
$$
DECLARE
    v_channel text;
BEGIN
    SELECT channel INTO v_channel FROM clinic_channel WHERE clinic_id = p_clinic;
    IF NOT FOUND THEN
        INSERT INTO clinic_channel (clinic_id, channel)
            VALUES (p_clinic, 'cd_feed_' || replace(gen_random_uuid()::text, '-', ''))
            ON CONFLICT (clinic_id) DO NOTHING;
        SELECT channel INTO v_channel FROM clinic_channel WHERE clinic_id = p_clinic;
    END IF;
    RETURN v_channel;
END
$$;
REVOKE ALL ON FUNCTION cd_channel_of(uuid) FROM PUBLIC;

CREATE FUNCTION cd_feed_channel() RETURNS text
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT cd_channel_of((SELECT clinic_id FROM cd_caller())) $$;
REVOKE ALL ON FUNCTION cd_feed_channel() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cd_feed_channel() TO clinicdesk_site;

/*
 * One push: p_batch is a JSON array of {"t": table, "r": row}, each row with every column of its table except
 * clinic_id (instants as nanoseconds; field_versions an object of column -> version). Checks, before anything is
 * written: every table syncs; every row is stamped by the caller's own site and at most 5 minutes ahead of this
 * server's clock; a row new here belongs to the caller's site; new audit events continue their chain. Then, per
 * table in apply order, merges set-based under the table's rule (append-only tables never change a stored row),
 * records signed-twice conflicts, and publishes the changed rows on the feed at the end. Pushes of one clinic run
 * one at a time (a transaction-level advisory lock), so feed positions follow commit order.
 * Returns {"changed": n, "conflicts": [text, ...], "adopt": [[table, id], ...]}: the rows whose kept state is not
 * what the desk sent, which the desk reads back and takes over; every other row is as the desk has it.
 */
CREATE FUNCTION cd_push(p_batch jsonb) RETURNS jsonb
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    v_clinic    uuid;
    v_site      text;
    v_table     text;
    v_rule      text;
    v_cols      text[];
    v_exprs     text[];
    v_bad       text;
    v_now       bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    v_changed   bigint;
    v_first     bigint;
    v_conflicts jsonb := '[]'::jsonb;
    v_win       text;
    v_fv        text;
    v_deleted   text;
    v_version   text;
    v_adopt     jsonb := '[]'::jsonb;
    v_claim     text := 'CASE WHEN i.field_versions = ''{}''::jsonb THEN i.version ELSE i.field_versions->>%1$L END';
BEGIN
    SELECT c.clinic_id, c.site INTO v_clinic, v_site FROM cd_caller() c;
    IF jsonb_typeof(p_batch) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'a push is a JSON array of rows' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('cd_push ' || v_clinic::text, 0));

    SELECT coalesce(e->>'t', '(none)') INTO v_bad FROM jsonb_array_elements(p_batch) e
        WHERE NOT EXISTS (SELECT 1 FROM cd_synced_table s WHERE s.table_name = e->>'t') LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'table % does not sync', v_bad USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT coalesce(e->'r'->>'version', '(no version)') INTO v_bad FROM jsonb_array_elements(p_batch) e
        WHERE e->'r'->>'version' IS NULL OR split_part(e->'r'->>'version', '-', 3) <> v_site LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'a change stamped % is not a change of site %: a desk pushes only its own changes', v_bad,
            v_site USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT e->'r'->>'version' INTO v_bad FROM jsonb_array_elements(p_batch) e
        WHERE left(e->'r'->>'version', 15) !~ '^[0-9]{15}$'
           OR left(e->'r'->>'version', 15)::bigint > v_now + 5 * 60 * 1000 LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'a change stamped % is more than 5 minutes ahead of the central server''s clock', v_bad
            USING ERRCODE = 'data_exception', HINT = 'clock ahead';
    END IF;

    -- made once per session (site logins cannot make temporary tables, so this one is the function's own)
    CREATE TEMP TABLE IF NOT EXISTS cd_push_changed (entity_table text NOT NULL, row_id uuid NOT NULL)
        ON COMMIT DELETE ROWS;
    DELETE FROM pg_temp.cd_push_changed;

    FOR v_table, v_rule IN SELECT table_name, merge_rule FROM cd_synced_table ORDER BY apply_order LOOP
        CONTINUE WHEN NOT EXISTS (SELECT 1 FROM jsonb_array_elements(p_batch) e WHERE e->>'t' = v_table);
        v_cols := cd_data_columns(v_table);
        DROP TABLE IF EXISTS pg_temp.cd_push_in;
        EXECUTE format('CREATE TEMP TABLE cd_push_in ON COMMIT DROP AS SELECT DISTINCT ON (id) * FROM '
            || 'jsonb_populate_recordset(NULL::public.%I, (SELECT jsonb_agg(jsonb_build_object(''field_versions'', '
            || '''{}''::jsonb, ''deleted'', false) || (e->''r'') || jsonb_build_object(''clinic_id'', $3)) '
            || 'FROM jsonb_array_elements($1) e WHERE e->>''t'' = $2)) ORDER BY id, version COLLATE "C" DESC', v_table)
            USING p_batch, v_table, v_clinic;
        EXECUTE format('SELECT i.id::text FROM pg_temp.cd_push_in i WHERE i.site IS DISTINCT FROM $1 AND NOT EXISTS '
            || '(SELECT 1 FROM public.%I c WHERE c.clinic_id = $2 AND c.id = i.id) LIMIT 1', v_table)
            INTO v_bad USING v_site, v_clinic;
        IF v_bad IS NOT NULL THEN
            RAISE EXCEPTION 'new % row % claims another site than %: a desk creates rows only as itself',
                v_table, v_bad, v_site USING ERRCODE = 'insufficient_privilege';
        END IF;
        EXECUTE format('SELECT count(*) FROM (SELECT 1 FROM public.%I c WHERE c.clinic_id = $1 AND c.id IN '
            || '(SELECT id FROM pg_temp.cd_push_in) ORDER BY c.id FOR UPDATE) locked', v_table) USING v_clinic;
        IF v_table = 'audit_event' THEN
            PERFORM cd_check_audit_links(v_clinic, v_site);
        END IF;
        IF v_rule = 'SIGNED_NOTE' THEN
            WITH twice AS (
                INSERT INTO sync_conflict (clinic_id, entity_table, row_id, site, detail, other_version)
                SELECT v_clinic, 'soap_note', i.id, v_site, 'note ' || i.id || ' was signed twice with different '
                       || 'content (versions ' || c.version || ' and ' || i.version || '); the first signature stays',
                       row_to_json(i)::text
                FROM pg_temp.cd_push_in i JOIN soap_note c ON c.clinic_id = v_clinic AND c.id = i.id
                WHERE c.status = 'SIGNED' AND i.status = 'SIGNED'
                  AND (c.patient_id, c.author, c.subjective, c.objective, c.assessment, c.plan, c.diagnoses,
                       c.prescriptions, c.created_at, c.updated_at, c.signed_by, c.signed_at)
                      IS DISTINCT FROM (i.patient_id, i.author, i.subjective, i.objective, i.assessment, i.plan,
                       i.diagnoses, i.prescriptions, i.created_at, i.updated_at, i.signed_by, i.signed_at)
                ON CONFLICT DO NOTHING RETURNING detail)
            SELECT v_conflicts || coalesce(jsonb_agg(detail), '[]'::jsonb) INTO v_conflicts FROM twice;
        END IF;

        -- New rows, as sent; a field-merged row records every column's version.
        EXECUTE format('WITH added AS (INSERT INTO public.%1$I SELECT i.* FROM pg_temp.cd_push_in i WHERE NOT EXISTS '
            || '(SELECT 1 FROM public.%1$I c WHERE c.clinic_id = $1 AND c.id = i.id) ON CONFLICT DO NOTHING RETURNING id) '
            || 'INSERT INTO pg_temp.cd_push_changed SELECT $2, id FROM added', v_table) USING v_clinic, v_table;
        IF v_rule = 'FIELD_MERGE' THEN
            EXECUTE format('UPDATE public.%I c SET field_versions = (SELECT jsonb_object_agg(col, c.version) FROM '
                || 'unnest($1) col) WHERE c.clinic_id = $2 AND c.field_versions = ''{}''::jsonb AND c.id IN '
                || '(SELECT row_id FROM pg_temp.cd_push_changed WHERE entity_table = $3)', v_table)
                USING v_cols, v_clinic, v_table;
        END IF;
        IF v_rule = 'APPEND_ONLY' THEN
            EXECUTE format('SELECT $2 || coalesce(jsonb_agg(jsonb_build_array($3, i.id)), ''[]''::jsonb) '
                || 'FROM pg_temp.cd_push_in i JOIN public.%1$I c ON c.clinic_id = $1 AND c.id = i.id '
                || 'WHERE (c.version, c.deleted, %2$s) IS DISTINCT FROM (i.version, i.deleted, %3$s)', v_table,
                (SELECT string_agg(format('c.%I', col), ', ') FROM unnest(v_cols) col),
                (SELECT string_agg(format('i.%I', col), ', ') FROM unnest(v_cols) col))
                INTO v_adopt USING v_clinic, v_adopt, v_table;
            CONTINUE;
        END IF;

        -- Rows already here: the rule decides column by column; only rows whose content changes are written.
        IF v_rule = 'FIELD_MERGE' THEN
            SELECT array_agg(format('CASE WHEN (' || v_claim || ') COLLATE "C" > coalesce(c.field_versions->>%1$L, '
                       || 'c.version) COLLATE "C" THEN i.%1$I ELSE c.%1$I END', col) ORDER BY n),
                   'jsonb_build_object(' || string_agg(format('%1$L, GREATEST(coalesce(c.field_versions->>%1$L, '
                       || 'c.version) COLLATE "C", (' || v_claim || ') COLLATE "C")', col), ', ' ORDER BY n) || ')'
              INTO v_exprs, v_fv FROM unnest(v_cols) WITH ORDINALITY u(col, n);
            v_version := 'GREATEST(c.version COLLATE "C", i.version COLLATE "C")';
            v_deleted := 'c.deleted OR i.deleted';
        ELSE
            v_win := CASE v_rule
                WHEN 'LAST_WRITER' THEN 'i.version COLLATE "C" > c.version COLLATE "C"'
                WHEN 'QUEUE_FORWARD' THEN
                    'cd_queue_ahead(i.requeue_round, i.status, i.version, c.requeue_round, c.status, c.version)'
                WHEN 'SIGNED_NOTE' THEN '(c.status <> ''SIGNED'' AND (i.status = ''SIGNED'' OR '
                    || 'i.version COLLATE "C" > c.version COLLATE "C"))'
            END;
            SELECT array_agg(format('CASE WHEN %2$s THEN i.%1$I ELSE c.%1$I END', col, v_win) ORDER BY n)
              INTO v_exprs FROM unnest(v_cols) WITH ORDINALITY u(col, n);
            v_fv := '''{}''::jsonb';
            v_version := format('CASE WHEN %s THEN i.version ELSE c.version END', v_win);
            v_deleted := CASE v_rule WHEN 'SIGNED_NOTE' THEN
                'CASE WHEN c.status = ''SIGNED'' THEN c.deleted WHEN i.status = ''SIGNED'' THEN false '
                || 'ELSE c.deleted OR i.deleted END'
                ELSE 'c.deleted OR i.deleted' END;
        END IF;
        -- one statement: the merged rows, computed from the stored and the incoming row, written where they differ
        EXECUTE format('WITH written AS (UPDATE public.%1$I c SET version = m.version, deleted = m.deleted, '
            || 'field_versions = m.field_versions, %6$s FROM (SELECT c.id, %2$s AS version, %3$s AS deleted, '
            || '%4$s AS field_versions, %5$s FROM pg_temp.cd_push_in i JOIN public.%1$I c ON c.clinic_id = $1 '
            || 'AND c.id = i.id WHERE NOT EXISTS (SELECT 1 FROM pg_temp.cd_push_changed x WHERE x.entity_table = $2 '
            || 'AND x.row_id = i.id)) m WHERE c.clinic_id = $1 AND c.id = m.id AND (c.version, c.deleted, '
            || 'c.field_versions, %7$s) IS DISTINCT FROM (m.version, m.deleted, m.field_versions, %8$s) RETURNING c.id) '
            || 'INSERT INTO pg_temp.cd_push_changed SELECT $2, id FROM written',
            v_table, v_version, v_deleted, v_fv,
            (SELECT string_agg(format('%s AS %I', v_exprs[n], v_cols[n]), ', ' ORDER BY n)
               FROM generate_subscripts(v_cols, 1) n),
            (SELECT string_agg(format('%1$I = m.%1$I', col), ', ') FROM unnest(v_cols) col),
            (SELECT string_agg(format('c.%I', col), ', ') FROM unnest(v_cols) col),
            (SELECT string_agg(format('m.%I', col), ', ') FROM unnest(v_cols) col)) USING v_clinic, v_table;
        -- what the desk must take over: rows whose kept state is not what it sent
        EXECUTE format('SELECT $2 || coalesce(jsonb_agg(jsonb_build_array($3, i.id)), ''[]''::jsonb) '
            || 'FROM pg_temp.cd_push_in i JOIN public.%1$I c ON c.clinic_id = $1 AND c.id = i.id '
            || 'WHERE (c.version, c.deleted, %2$s) IS DISTINCT FROM (i.version, i.deleted, %3$s)', v_table,
            (SELECT string_agg(format('c.%I', col), ', ') FROM unnest(v_cols) col),
            (SELECT string_agg(format('i.%I', col), ', ') FROM unnest(v_cols) col))
            INTO v_adopt USING v_clinic, v_adopt, v_table;
    END LOOP;

    -- The feed, last: positions for exactly the rows that changed.
    SELECT count(*) INTO v_changed FROM pg_temp.cd_push_changed;
    IF v_changed > 0 THEN
        UPDATE feed_clock SET last_position = last_position + v_changed WHERE clinic_id = v_clinic
            RETURNING last_position - v_changed + 1 INTO v_first;
        IF NOT FOUND THEN
            INSERT INTO feed_clock (clinic_id, last_position) VALUES (v_clinic, v_changed);
            v_first := 1;
        END IF;
        INSERT INTO change_feed (clinic_id, entity_table, row_id, position)
        SELECT v_clinic, x.entity_table, x.row_id, v_first - 1 + row_number() OVER (ORDER BY s.apply_order, x.row_id)
        FROM pg_temp.cd_push_changed x JOIN cd_synced_table s ON s.table_name = x.entity_table
        ON CONFLICT (clinic_id, entity_table, row_id) DO UPDATE SET position = EXCLUDED.position;
        PERFORM pg_notify(cd_channel_of(v_clinic), (v_first + v_changed - 1)::text);
    END IF;
    RETURN jsonb_build_object('changed', v_changed, 'conflicts', v_conflicts, 'adopt', v_adopt);
END
$$;
REVOKE ALL ON FUNCTION cd_push(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cd_push(jsonb) TO clinicdesk_site;

-- Document bytes: one chunk at a time into the caller's clinic; a blob is complete only when its chunks hash to its
-- name. Sizes are bounded so that a desk cannot fill the server with one call.
CREATE FUNCTION cd_blob_chunk(p_sha text, p_size bigint, p_chunk_count integer, p_index integer, p_data bytea)
    RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    v_clinic uuid := (SELECT clinic_id FROM cd_caller());
BEGIN
    IF p_sha !~ '^[0-9a-f]{64}$' OR p_size < 0 OR p_size > 100 * 1024 * 1024 OR p_chunk_count < 1
            OR p_chunk_count > 1024 OR p_index < 0 OR p_index >= p_chunk_count OR length(p_data) > 1024 * 1024 THEN
        RAISE EXCEPTION 'blob chunk refused: name, size or index out of bounds' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO blob (clinic_id, sha256, size_bytes, chunk_count) VALUES (v_clinic, p_sha, p_size, p_chunk_count)
        ON CONFLICT DO NOTHING;
    INSERT INTO blob_chunk (clinic_id, sha256, chunk_index, data)
        SELECT v_clinic, p_sha, p_index, p_data FROM blob b
        WHERE b.clinic_id = v_clinic AND b.sha256 = p_sha AND NOT b.complete AND p_index < b.chunk_count
        ON CONFLICT DO NOTHING;
END
$$;
REVOKE ALL ON FUNCTION cd_blob_chunk(text, bigint, integer, integer, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cd_blob_chunk(text, bigint, integer, integer, bytea) TO clinicdesk_site;

CREATE FUNCTION cd_blob_complete(p_sha text) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    v_clinic uuid := (SELECT clinic_id FROM cd_caller());
    v_ok     boolean;
BEGIN
    SELECT count(*) = max(b.chunk_count) AND sum(length(c.data)) = max(b.size_bytes)
           AND encode(sha256(string_agg(c.data, ''::bytea ORDER BY c.chunk_index)), 'hex') = p_sha
      INTO v_ok
      FROM blob b JOIN blob_chunk c ON c.clinic_id = b.clinic_id AND c.sha256 = b.sha256
     WHERE b.clinic_id = v_clinic AND b.sha256 = p_sha AND NOT b.complete;
    IF v_ok THEN
        UPDATE blob SET complete = true WHERE clinic_id = v_clinic AND sha256 = p_sha;
        RETURN true;
    END IF;
    IF v_ok = false AND (SELECT count(*) FROM blob_chunk WHERE clinic_id = v_clinic AND sha256 = p_sha)
            = (SELECT chunk_count FROM blob WHERE clinic_id = v_clinic AND sha256 = p_sha) THEN
        -- every chunk is there but together they are not the named content: drop them and start again
        DELETE FROM blob_chunk WHERE clinic_id = v_clinic AND sha256 = p_sha;
    END IF;
    RETURN EXISTS (SELECT 1 FROM blob WHERE clinic_id = v_clinic AND sha256 = p_sha AND complete);
END
$$;
REVOKE ALL ON FUNCTION cd_blob_complete(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cd_blob_complete(text) TO clinicdesk_site;

-- A person settles a conflict of the caller's clinic.
CREATE FUNCTION cd_resolve_conflict(p_id bigint, p_by text, p_note text) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
    UPDATE sync_conflict SET resolved = true, resolved_by = p_by, resolved_at = now(), resolution = p_note
     WHERE clinic_id = (SELECT clinic_id FROM cd_caller()) AND id = p_id AND NOT resolved;
    RETURN FOUND;
END
$$;
REVOKE ALL ON FUNCTION cd_resolve_conflict(bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cd_resolve_conflict(bigint, text, text) TO clinicdesk_site;

REVOKE ALL ON FUNCTION cd_caller() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cd_caller() TO clinicdesk_site;

-- Desk keys (Ed25519). User changes and audit events carry the signature of the desk that made them; the server
-- keeps the bytes (it cannot check Ed25519 itself) and every desk checks them against the keys registered here.
ALTER TABLE app_user ADD COLUMN signature text;
ALTER TABLE audit_event ADD COLUMN signature text;

-- A held site is handed to a new store (a desk whose disk was lost) only after the server's administrator released
-- it: `clinicdesk central release-site` runs cd_release_site as that administrator; site logins cannot.
ALTER TABLE site_store ADD COLUMN released_by text;
CREATE FUNCTION cd_release_site(p_clinic uuid, p_site text) RETURNS boolean
    LANGUAGE plpgsql VOLATILE AS
$$
BEGIN
    UPDATE site_store SET released_by = session_user WHERE clinic_id = p_clinic AND site = p_site;
    RETURN FOUND;
END
$$;
REVOKE ALL ON FUNCTION cd_release_site(uuid, text) FROM PUBLIC;

-- Claiming a site now also registers the claiming store's public key (see V5 for the outcomes).
DROP FUNCTION cd_claim_site(uuid, text);
CREATE FUNCTION cd_claim_site(p_store uuid, p_rejoined_by text, p_public_key text)
    RETURNS TABLE (outcome text, holder uuid, since timestamptz)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    v_clinic uuid;
    v_site   text;
    v_holder uuid;
    v_since  timestamptz;
    v_out    text;
    v_released text;
BEGIN
    SELECT c.clinic_id, c.site INTO v_clinic, v_site FROM cd_caller() c;
    IF p_public_key IS NULL OR p_public_key !~ '^[A-Za-z0-9+/]{40,120}={0,2}$' THEN
        RAISE EXCEPTION 'a desk key must be a Base64 Ed25519 public key' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO site_store (clinic_id, site, store_id) VALUES (v_clinic, v_site, p_store)
        ON CONFLICT (clinic_id, site) DO NOTHING;
    IF FOUND THEN
        INSERT INTO site_store_history (clinic_id, site, store_id) VALUES (v_clinic, v_site, p_store);
        v_out := 'CLAIMED';
        v_holder := p_store;
        v_since := now();
    ELSE
        SELECT s.store_id, s.claimed_at, s.released_by INTO v_holder, v_since, v_released FROM site_store s
            WHERE s.clinic_id = v_clinic AND s.site = v_site FOR UPDATE;
        IF v_holder = p_store THEN
            v_out := 'HELD';
        -- A held site changes hands only after the server's administrator released it (cd_release_site is not
        -- granted to site logins): a stolen site login alone must not register a new desk key for the site.
        ELSIF v_released IS NOT NULL AND p_rejoined_by IS NOT NULL AND length(trim(p_rejoined_by)) > 0 THEN
            UPDATE site_store SET store_id = p_store, claimed_at = now(), released_by = NULL
             WHERE clinic_id = v_clinic AND site = v_site;
            INSERT INTO site_store_history (clinic_id, site, store_id, previous_store, rejoined_by)
                VALUES (v_clinic, v_site, p_store, v_holder, p_rejoined_by || ', released by ' || v_released);
            v_out := 'REJOINED';
            v_holder := p_store;
            v_since := now();
        ELSE
            RETURN QUERY SELECT 'TAKEN'::text, v_holder, v_since;
            RETURN;
        END IF;
    END IF;
    -- a store registers one key, once: a later claim cannot replace it
    INSERT INTO desk_key (clinic_id, site, store_id, public_key) VALUES (v_clinic, v_site, p_store, p_public_key)
        ON CONFLICT (clinic_id, site, store_id) DO NOTHING;
    RETURN QUERY SELECT v_out, v_holder, v_since;
END
$$;
REVOKE ALL ON FUNCTION cd_claim_site(uuid, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cd_claim_site(uuid, text, text) TO clinicdesk_site;

-- A desk that refused a pulled change (no valid desk signature) lists it for the clinic's review.
CREATE FUNCTION cd_report_refused(p_table text, p_row uuid, p_origin_site text, p_detail text) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM cd_synced_table WHERE table_name = p_table) THEN
        RAISE EXCEPTION 'table % does not sync', p_table USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO sync_conflict (clinic_id, entity_table, row_id, site, detail)
        VALUES ((SELECT clinic_id FROM cd_caller()), p_table, p_row, left(coalesce(p_origin_site, '?'), 4),
                left(p_detail, 2000))
        ON CONFLICT DO NOTHING;
END
$$;
REVOKE ALL ON FUNCTION cd_report_refused(text, uuid, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cd_report_refused(text, uuid, text, text) TO clinicdesk_site;
