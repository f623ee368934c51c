-- Releasing a site whose desk was lost (its disk may be in someone else's hands, with the desk key and the site's
-- login password) now also:
--  * retires the site's desk keys: each stays trusted for what the clinic's feed held at the release, and for nothing
--    after (a user change or audit event that enters the feed later signed only by it is refused by every desk, as an
--    unsigned one is). Only the server's administrator writes retired_after (desk_key is read-only to site logins).
--  * locks the site's login (NOLOGIN) and ends its sessions, so that whoever holds the lost disk cannot claim the
--    released site for a store and key of their own before the administrator gives the site a new password
--    (`central add-site` again sets LOGIN with the new password); the new desk then claims it.
ALTER TABLE desk_key ADD COLUMN retired_after bigint;

CREATE OR REPLACE FUNCTION cd_release_site(p_clinic uuid, p_site text) RETURNS boolean
    LANGUAGE plpgsql VOLATILE AS
$$
DECLARE
    v_role text;
BEGIN
    UPDATE site_store SET released_by = session_user WHERE clinic_id = p_clinic AND site = p_site;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    UPDATE desk_key k
       SET retired_after = (SELECT coalesce(max(f.position), 0) FROM change_feed f WHERE f.clinic_id = p_clinic)
     WHERE k.clinic_id = p_clinic AND k.site = p_site AND k.retired_after IS NULL;
    FOR v_role IN SELECT r.role_name FROM site_registry r WHERE r.clinic_id = p_clinic AND r.site = p_site LOOP
        EXECUTE format('ALTER ROLE %I NOLOGIN', v_role);
        BEGIN
            PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a WHERE a.usename = v_role;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE WARNING 'the sessions of % could not be ended (the releasing role may not signal them); they end '
                'at their next connection', v_role;
        END;
    END LOOP;
    RETURN true;
END
$$;
