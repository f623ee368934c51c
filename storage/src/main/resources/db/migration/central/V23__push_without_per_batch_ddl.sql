-- Issue 10, a faster push: cd_push with the same checks and merge rules as V22, at a fraction of its fixed cost per
-- batch. The batch is read once for all the row checks (table, site of the stamp, clock) instead of three times, and
-- only the tables it holds are visited (V22 looked for each of the twelve). Each pushed table is staged in a
-- temporary table made once per session and emptied at commit (V22 created, analysed and dropped one per table and
-- push: catalogue writes and an ANALYZE each time), so the statements over it keep their plans from push to push.
-- Nothing needs those statistics: every lookup of a stored row by the batch's keys is written as a per-row index
-- lookup (LATERAL ... OFFSET 0), which no estimate can turn into a read of the whole clinic. A new field-merged row
-- gets its field versions as it is inserted, instead of by a second UPDATE of the rows just added.

-- The audit chain check reads the audit events of the batch from their staging table.
CREATE OR REPLACE FUNCTION cd_check_audit_links(p_clinic uuid, p_site text) RETURNS void
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
    FOR r IN SELECT i.id, i.sequence, i.previous_hash, i.hash FROM pg_temp.cd_push_in_audit_event i
             WHERE NOT EXISTS (SELECT 1 FROM audit_event c WHERE c.clinic_id = p_clinic AND c.id = i.id OFFSET 0)
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
    v_stage     text;
    v_tables    text[];
    v_bad_site  text;
    v_bad_clock text;
    v_insert    text;
    v_claim     text := 'CASE WHEN i.field_versions = ''{}''::jsonb THEN i.version ELSE i.field_versions->>%1$L END';
BEGIN
    SELECT c.clinic_id, c.site INTO v_clinic, v_site FROM cd_caller() c;
    IF jsonb_typeof(p_batch) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'a push is a JSON array of rows' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('cd_push ' || v_clinic::text, 0));

    -- every row checked in one reading of the batch; the refusals come in the same order as before (table, site,
    -- clock), each naming one offending value
    SELECT min(coalesce(b.t, '(none)')) FILTER (WHERE s.table_name IS NULL),
           min(coalesce(b.v, '(no version)')) FILTER (WHERE b.v IS NULL OR split_part(b.v, '-', 3) <> v_site),
           min(b.v) FILTER (WHERE left(b.v, 15) !~ '^[0-9]{15}$' OR CASE WHEN left(b.v, 15) ~ '^[0-9]{15}$'
               THEN left(b.v, 15)::bigint > v_now + 5 * 60 * 1000 END),
           array_agg(DISTINCT b.t) FILTER (WHERE s.table_name IS NOT NULL)
      INTO v_bad, v_bad_site, v_bad_clock, v_tables
      FROM (SELECT e->>'t' AS t, e->'r'->>'version' AS v FROM jsonb_array_elements(p_batch) e) b
      LEFT JOIN cd_synced_table s ON s.table_name = b.t;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION 'table % does not sync', v_bad USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF v_bad_site IS NOT NULL THEN
        RAISE EXCEPTION 'a change stamped % is not a change of site %: a desk pushes only its own changes', v_bad_site,
            v_site USING ERRCODE = 'insufficient_privilege';
    END IF;
    v_bad := v_bad_clock;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION 'a change stamped % is more than 5 minutes ahead of the central server''s clock', v_bad
            USING ERRCODE = 'data_exception', HINT = 'clock ahead';
    END IF;

    -- made once per session (site logins cannot make temporary tables, so this one is the function's own)
    CREATE TEMP TABLE IF NOT EXISTS cd_push_changed (entity_table text NOT NULL, row_id uuid NOT NULL)
        ON COMMIT DELETE ROWS;
    DELETE FROM pg_temp.cd_push_changed;

    FOR v_table, v_rule IN SELECT table_name, merge_rule FROM cd_synced_table WHERE table_name = ANY (v_tables)
                           ORDER BY apply_order LOOP
        v_cols := cd_data_columns(v_table);
        -- the table's staging table, made once per session (the function's own: site logins cannot make temporary
        -- tables) and emptied at each commit; emptied here too for a second push in one transaction
        v_stage := 'cd_push_in_' || v_table;
        IF to_regclass('pg_temp.' || v_stage) IS NULL THEN
            EXECUTE format('CREATE TEMP TABLE %I (LIKE public.%I) ON COMMIT DELETE ROWS', v_stage, v_table);
        ELSE
            EXECUTE format('DELETE FROM pg_temp.%I', v_stage);
        END IF;
        -- each row read straight into the table's row type over a base row (the caller's clinic, no field versions,
        -- not deleted); a clinic_id the desk may have sent is dropped
        EXECUTE format('INSERT INTO pg_temp.%I SELECT DISTINCT ON (r.id) r.* FROM '
            || '(SELECT jsonb_populate_record(NULL::public.%I, jsonb_build_object(''field_versions'', ''{}''::jsonb, '
            || '''deleted'', false, ''clinic_id'', $3)) AS base) d CROSS JOIN jsonb_array_elements($1) e '
            || 'CROSS JOIN LATERAL jsonb_populate_record(d.base, (e->''r'') - ''clinic_id'') r WHERE e->>''t'' = $2 '
            || 'ORDER BY r.id, r.version COLLATE "C" DESC', v_stage, v_table)
            USING p_batch, v_table, v_clinic;
        EXECUTE format('SELECT i.id::text FROM pg_temp.%2$I i WHERE i.site IS DISTINCT FROM $1 AND NOT EXISTS '
            || '(SELECT 1 FROM public.%1$I c WHERE c.clinic_id = $2 AND c.id = i.id OFFSET 0) LIMIT 1', v_table, v_stage)
            INTO v_bad USING v_site, v_clinic;
        IF v_bad IS NOT NULL THEN
            RAISE EXCEPTION 'new % row % claims another site than %: a desk creates rows only as itself',
                v_table, v_bad, v_site USING ERRCODE = 'insufficient_privilege';
        END IF;
        EXECUTE format('SELECT count(*) FROM (SELECT id FROM pg_temp.%2$I ORDER BY id) i CROSS JOIN LATERAL '
            || '(SELECT 1 FROM public.%1$I c WHERE c.clinic_id = $1 AND c.id = i.id OFFSET 0 FOR UPDATE) locked',
            v_table, v_stage)
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
                FROM pg_temp.cd_push_in_soap_note i
                CROSS JOIN LATERAL (SELECT * FROM soap_note c WHERE c.clinic_id = v_clinic AND c.id = i.id OFFSET 0) c
                WHERE c.status = 'SIGNED' AND i.status = 'SIGNED'
                  AND (c.patient_id, c.author, c.subjective, c.objective, c.assessment, c.plan, c.diagnoses,
                       c.prescriptions, c.created_at, c.updated_at, c.signed_by, c.signed_at)
                      IS DISTINCT FROM (i.patient_id, i.author, i.subjective, i.objective, i.assessment, i.plan,
                       i.diagnoses, i.prescriptions, i.created_at, i.updated_at, i.signed_by, i.signed_at)
                ON CONFLICT DO NOTHING RETURNING detail)
            SELECT v_conflicts || coalesce(jsonb_agg(detail), '[]'::jsonb) INTO v_conflicts FROM twice;
        END IF;

        -- New rows, as sent; a field-merged row sent without field versions records every column's version (its
        -- own version), as V22's update of the rows just added did.
        v_insert := 'i.*';
        IF v_rule = 'FIELD_MERGE' THEN
            SELECT string_agg(CASE a.attname WHEN 'field_versions' THEN 'CASE WHEN i.field_versions = ''{}''::jsonb '
                       || 'THEN (SELECT jsonb_object_agg(col, i.version) FROM unnest($3::text[]) col) '
                       || 'ELSE i.field_versions END' ELSE format('i.%I', a.attname) END, ', ' ORDER BY a.attnum)
              INTO v_insert FROM pg_attribute a
             WHERE a.attrelid = format('public.%I', v_table)::regclass AND a.attnum > 0 AND NOT a.attisdropped;
        END IF;
        EXECUTE format('WITH added AS (INSERT INTO public.%1$I SELECT %3$s FROM pg_temp.%2$I i WHERE NOT EXISTS '
            || '(SELECT 1 FROM public.%1$I c WHERE c.clinic_id = $1 AND c.id = i.id OFFSET 0) ON CONFLICT DO NOTHING '
            || 'RETURNING id) '
            || 'INSERT INTO pg_temp.cd_push_changed SELECT $2, id FROM added', v_table, v_stage, v_insert)
            USING v_clinic, v_table, v_cols;
        IF v_rule = 'APPEND_ONLY' THEN
            EXECUTE format('SELECT $2 || coalesce(jsonb_agg(jsonb_build_array($3, i.id)), ''[]''::jsonb) '
                || 'FROM pg_temp.%4$I i CROSS JOIN LATERAL (SELECT * FROM public.%1$I c WHERE c.clinic_id = $1 '
                || 'AND c.id = i.id OFFSET 0) c WHERE (c.version, c.deleted, %2$s) IS DISTINCT FROM (i.version, i.deleted, %3$s)',
                v_table,
                (SELECT string_agg(format('c.%I', col), ', ') FROM unnest(v_cols) col),
                (SELECT string_agg(format('i.%I', col), ', ') FROM unnest(v_cols) col), v_stage)
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
            || 'field_versions = %4$s, %5$s FROM (SELECT i.*, s.cd_tid FROM pg_temp.%8$I i CROSS JOIN LATERAL '
            || '(SELECT c.ctid AS cd_tid FROM public.%1$I c WHERE c.clinic_id = $1 AND c.id = i.id OFFSET 0) s '
            || 'WHERE NOT EXISTS (SELECT 1 FROM pg_temp.cd_push_changed x WHERE x.entity_table = $2 AND x.row_id = i.id)) i '
            || 'WHERE c.ctid = i.cd_tid AND (c.version, c.deleted, c.field_versions, %6$s) IS DISTINCT FROM (%2$s, %3$s, %4$s, %7$s) '
            || 'RETURNING c.id) INSERT INTO pg_temp.cd_push_changed SELECT $2, id FROM written',
            v_table, v_version, v_deleted, v_fv,
            (SELECT string_agg(format('%I = %s', v_cols[n], v_exprs[n]), ', ' ORDER BY n)
               FROM generate_subscripts(v_cols, 1) n),
            (SELECT string_agg(format('c.%I', col), ', ') FROM unnest(v_cols) col),
            (SELECT string_agg(v_exprs[n], ', ' ORDER BY n) FROM generate_subscripts(v_exprs, 1) n), v_stage)
            USING v_clinic, v_table;
        -- what the desk must take over: rows whose kept state is not what it sent
        EXECUTE format('SELECT $2 || coalesce(jsonb_agg(jsonb_build_array($3, i.id)), ''[]''::jsonb) '
            || 'FROM pg_temp.%4$I i CROSS JOIN LATERAL (SELECT * FROM public.%1$I c WHERE c.clinic_id = $1 '
            || 'AND c.id = i.id OFFSET 0) c WHERE (c.version, c.deleted, %2$s) IS DISTINCT FROM (i.version, i.deleted, %3$s)', v_table,
            (SELECT string_agg(format('c.%I', col), ', ') FROM unnest(v_cols) col),
            (SELECT string_agg(format('i.%I', col), ', ') FROM unnest(v_cols) col), v_stage)
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
