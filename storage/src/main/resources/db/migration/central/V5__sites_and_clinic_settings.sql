-- Joining desks (issue 9): which store holds each site, and the clinic's settings as a synced table.
-- Sync data model version 2 (SyncProtocol.SCHEMA_VERSION): clinic_setting is new.

-- One store per site code. A desk's store makes a random store id at init; the first sync or join claims the site for
-- it. A second store that claims a site already held is refused: two stores with one site code would issue the same
-- UHIDs and queue tokens. Only the functions below read or write these tables (no grants to site logins).
CREATE TABLE site_store (
    clinic_id  uuid        NOT NULL,
    site       text        NOT NULL,
    store_id   uuid        NOT NULL,
    claimed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, site)
);

-- Every claim and hand-over, so that an administrator's re-join after a lost disk can be reviewed.
CREATE TABLE site_store_history (
    clinic_id      uuid        NOT NULL,
    site           text        NOT NULL,
    claimed_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    store_id       uuid        NOT NULL,
    previous_store uuid,
    rejoined_by    text,
    PRIMARY KEY (clinic_id, site, claimed_at, store_id)
);

-- The site the connecting login speaks for (NULL for a login that belongs to no clinic).
CREATE FUNCTION cd_current_site() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT site FROM site_registry WHERE role_name = session_user $$;
REVOKE ALL ON FUNCTION cd_current_site() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cd_current_site() TO clinicdesk_site;

-- Claims the caller's site for p_store. Outcomes: CLAIMED (first store of the site), HELD (already this store's),
-- TAKEN (another store holds it; nothing changed), REJOINED (p_rejoined_by named the administrator who hands the
-- site to this store after the old one was lost). The caller's clinic and site come from its login, never from
-- its arguments, so a login can only ever claim its own site.
CREATE FUNCTION cd_claim_site(p_store uuid, p_rejoined_by text)
    RETURNS TABLE (outcome text, holder uuid, since timestamptz)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS
$$
DECLARE
    v_clinic uuid;
    v_site   text;
    v_holder uuid;
    v_since  timestamptz;
BEGIN
    SELECT r.clinic_id, r.site INTO v_clinic, v_site FROM site_registry r WHERE r.role_name = session_user;
    IF v_clinic IS NULL THEN
        RAISE EXCEPTION 'login % belongs to no clinic site', session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO site_store (clinic_id, site, store_id) VALUES (v_clinic, v_site, p_store)
        ON CONFLICT (clinic_id, site) DO NOTHING;
    IF FOUND THEN
        INSERT INTO site_store_history (clinic_id, site, store_id) VALUES (v_clinic, v_site, p_store);
        RETURN QUERY SELECT 'CLAIMED'::text, p_store, now();
        RETURN;
    END IF;
    SELECT s.store_id, s.claimed_at INTO v_holder, v_since FROM site_store s
        WHERE s.clinic_id = v_clinic AND s.site = v_site FOR UPDATE;
    IF v_holder = p_store THEN
        RETURN QUERY SELECT 'HELD'::text, v_holder, v_since;
    ELSIF p_rejoined_by IS NOT NULL AND length(trim(p_rejoined_by)) > 0 THEN
        UPDATE site_store SET store_id = p_store, claimed_at = now() WHERE clinic_id = v_clinic AND site = v_site;
        INSERT INTO site_store_history (clinic_id, site, store_id, previous_store, rejoined_by)
            VALUES (v_clinic, v_site, p_store, v_holder, p_rejoined_by);
        RETURN QUERY SELECT 'REJOINED'::text, p_store, now();
    ELSE
        RETURN QUERY SELECT 'TAKEN'::text, v_holder, v_since;
    END IF;
END
$$;
REVOKE ALL ON FUNCTION cd_claim_site(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cd_claim_site(uuid, text) TO clinicdesk_site;

-- Clinic-wide settings (name, date order, idle lock, each desk's token prefix): one row per setting, its id derived
-- from the clinic and the setting's name so that two desks changing one setting offline update one row.
CREATE TABLE clinic_setting (
    id             uuid    PRIMARY KEY,
    clinic_id      uuid    NOT NULL,
    site           text    NOT NULL,
    version        text    NOT NULL,
    deleted        boolean NOT NULL DEFAULT false,
    field_versions jsonb   NOT NULL DEFAULT '{}',
    setting_name text NOT NULL, setting_value text NOT NULL
);
CREATE INDEX ix_clinic_setting_clinic ON clinic_setting (clinic_id);
ALTER TABLE clinic_setting ENABLE ROW LEVEL SECURITY;
CREATE POLICY clinic_setting_own_clinic ON clinic_setting USING (clinic_id = (SELECT cd_current_clinic()))
    WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT, UPDATE ON clinic_setting TO clinicdesk_site;

UPDATE sync_meta SET schema_version = 2 WHERE id = 1;
