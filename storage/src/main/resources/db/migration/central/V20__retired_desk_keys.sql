-- A released site's desk key is retired: the desk was lost (its disk may be in someone else's hands, with the desk
-- key and the site's login). Its key stays trusted for what the clinic's feed held when the server's administrator
-- released the site, and for nothing after: a user change or audit event that enters the feed later signed only by
-- that key is refused by every desk, as an unsigned one is. Only the server's administrator writes retired_after
-- (desk_key is read-only to site logins).
ALTER TABLE desk_key ADD COLUMN retired_after bigint;

CREATE OR REPLACE FUNCTION cd_release_site(p_clinic uuid, p_site text) RETURNS boolean
    LANGUAGE plpgsql VOLATILE AS
$$
BEGIN
    UPDATE site_store SET released_by = session_user WHERE clinic_id = p_clinic AND site = p_site;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    UPDATE desk_key k
       SET retired_after = (SELECT coalesce(max(f.position), 0) FROM change_feed f WHERE f.clinic_id = p_clinic)
     WHERE k.clinic_id = p_clinic AND k.site = p_site AND k.retired_after IS NULL;
    RETURN true;
END
$$;
