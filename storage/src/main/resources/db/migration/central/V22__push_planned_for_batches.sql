-- Issue 10, push speed: cd_push as in V6, with the same checks and merge rules, planned for a batch against large
-- tables. The staging table of each pushed table is analysed, so that the planner knows it holds a batch (a few
-- hundred or thousand rows) and finds each row's stored row by key instead of reading every stored row of the clinic;
-- each pushed row is read into its table's row type on its own (V6 built a second JSON array of the rows first);
-- the merge updates the stored rows in one join with the batch (V6 joined the stored table twice), and the lookups of
-- stored rows by the batch's keys are written so that no plan can read the whole clinic instead.
CREATE OR REPLACE FUNCTION cd_push(p_batch jsonb) RETURNS jsonb
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
        -- each row read straight into the table's row type over a base row (the caller's clinic, no field versions,
        -- not deleted); a clinic_id the desk may have sent is dropped
        EXECUTE format('CREATE TEMP TABLE cd_push_in ON COMMIT DROP AS SELECT DISTINCT ON (r.id) r.* FROM '
            || '(SELECT jsonb_populate_record(NULL::public.%I, jsonb_build_object(''field_versions'', ''{}''::jsonb, '
            || '''deleted'', false, ''clinic_id'', $3)) AS base) d CROSS JOIN jsonb_array_elements($1) e '
            || 'CROSS JOIN LATERAL jsonb_populate_record(d.base, (e->''r'') - ''clinic_id'') r WHERE e->>''t'' = $2 '
            || 'ORDER BY r.id, r.version COLLATE "C" DESC', v_table)
            USING p_batch, v_table, v_clinic;
        -- the planner must know the batch is a few rows against a large table: each row then finds its stored row
        -- by key, rather than every stored row of the clinic being read to join the batch
        ANALYZE pg_temp.cd_push_in;
        EXECUTE format('SELECT i.id::text FROM pg_temp.cd_push_in i WHERE i.site IS DISTINCT FROM $1 AND NOT EXISTS '
            || '(SELECT 1 FROM public.%I c WHERE c.clinic_id = $2 AND c.id = i.id OFFSET 0) LIMIT 1', v_table)
            INTO v_bad USING v_site, v_clinic;
        IF v_bad IS NOT NULL THEN
            RAISE EXCEPTION 'new % row % claims another site than %: a desk creates rows only as itself',
                v_table, v_bad, v_site USING ERRCODE = 'insufficient_privilege';
        END IF;
        EXECUTE format('SELECT count(*) FROM (SELECT id FROM pg_temp.cd_push_in ORDER BY id) i CROSS JOIN LATERAL '
            || '(SELECT 1 FROM public.%I c WHERE c.clinic_id = $1 AND c.id = i.id OFFSET 0 FOR UPDATE) locked', v_table)
            USING v_clinic;
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
            || '(SELECT 1 FROM public.%1$I c WHERE c.clinic_id = $1 AND c.id = i.id OFFSET 0) ON CONFLICT DO NOTHING '
            || 'RETURNING id) '
            || 'INSERT INTO pg_temp.cd_push_changed SELECT $2, id FROM added', v_table) USING v_clinic, v_table;
        -- the rows just added are left out of the merge below: it must know how many they are to do so in one pass
        ANALYZE pg_temp.cd_push_changed;
        IF v_rule = 'FIELD_MERGE' THEN
            EXECUTE format('UPDATE public.%I c SET field_versions = (SELECT jsonb_object_agg(col, c.version) FROM '
                || 'unnest($1) col) WHERE c.clinic_id = $2 AND c.field_versions = ''{}''::jsonb AND c.id IN '
                || '(SELECT row_id FROM pg_temp.cd_push_changed WHERE entity_table = $3)', v_table)
                USING v_cols, v_clinic, v_table;
        END IF;
        IF v_rule = 'APPEND_ONLY' THEN
            EXECUTE format('SELECT $2 || coalesce(jsonb_agg(jsonb_build_array($3, i.id)), ''[]''::jsonb) '
                || 'FROM pg_temp.cd_push_in i CROSS JOIN LATERAL (SELECT * FROM public.%1$I c WHERE c.clinic_id = $1 '
                || 'AND c.id = i.id OFFSET 0) c WHERE (c.version, c.deleted, %2$s) IS DISTINCT FROM (i.version, i.deleted, %3$s)',
                v_table,
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
        -- one statement, one join: each stored row merged with its incoming row, written where the result differs;
        -- each incoming row finds its stored row by key (OFFSET 0 keeps it so when the table's statistics lag behind a
        -- large first sync and make reading all the clinic's rows look cheap)
        EXECUTE format('WITH written AS (UPDATE public.%1$I c SET version = %2$s, deleted = %3$s, '
            || 'field_versions = %4$s, %5$s FROM (SELECT i.*, s.cd_tid FROM pg_temp.cd_push_in i CROSS JOIN LATERAL '
            || '(SELECT c.ctid AS cd_tid FROM public.%1$I c WHERE c.clinic_id = $1 AND c.id = i.id OFFSET 0) s '
            || 'WHERE NOT EXISTS (SELECT 1 FROM pg_temp.cd_push_changed x WHERE x.entity_table = $2 AND x.row_id = i.id)) i '
            || 'WHERE c.ctid = i.cd_tid AND (c.version, c.deleted, c.field_versions, %6$s) IS DISTINCT FROM (%2$s, %3$s, %4$s, %7$s) '
            || 'RETURNING c.id) INSERT INTO pg_temp.cd_push_changed SELECT $2, id FROM written',
            v_table, v_version, v_deleted, v_fv,
            (SELECT string_agg(format('%I = %s', v_cols[n], v_exprs[n]), ', ' ORDER BY n)
               FROM generate_subscripts(v_cols, 1) n),
            (SELECT string_agg(format('c.%I', col), ', ') FROM unnest(v_cols) col),
            (SELECT string_agg(v_exprs[n], ', ' ORDER BY n) FROM generate_subscripts(v_exprs, 1) n))
            USING v_clinic, v_table;
        -- what the desk must take over: rows whose kept state is not what it sent
        EXECUTE format('SELECT $2 || coalesce(jsonb_agg(jsonb_build_array($3, i.id)), ''[]''::jsonb) '
            || 'FROM pg_temp.cd_push_in i CROSS JOIN LATERAL (SELECT * FROM public.%1$I c WHERE c.clinic_id = $1 '
            || 'AND c.id = i.id OFFSET 0) c WHERE (c.version, c.deleted, %2$s) IS DISTINCT FROM (i.version, i.deleted, %3$s)', v_table,
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
