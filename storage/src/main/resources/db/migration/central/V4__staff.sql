-- Staff management (issue 9): the synced app_user gains must_change_password (a reset password travels to every
-- desk with the duty to change it); sign-in lock counters are per desk and no longer travel, so they leave the
-- central table. Column sets must match the desktop's app_user exactly (the sync handshake compares them).
ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE app_user DROP COLUMN failed_attempts, DROP COLUMN locked_until;
