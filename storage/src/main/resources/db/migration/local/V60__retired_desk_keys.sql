-- The feed position after which a released site's desk key is no longer trusted (central V20); NULL while in use.
ALTER TABLE known_desk_key ADD COLUMN retired_after BIGINT;
