-- Staff management (issue 9). app_user syncs to every desk, so it carries what every desk must agree on: whether
-- the password was reset and must be changed at the next sign-in. The count of wrong passwords and the lock they
-- cause stay with the desk where they happened: they move to a local-only table that the outbox never sees.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE sign_in_lockout (
    user_id         UUID    NOT NULL PRIMARY KEY REFERENCES app_user (id),
    failed_attempts INTEGER NOT NULL,
    locked_until    TIMESTAMP(9) WITH TIME ZONE
);

INSERT INTO sign_in_lockout (user_id, failed_attempts, locked_until)
    SELECT id, failed_attempts, locked_until FROM app_user WHERE failed_attempts > 0 OR locked_until IS NOT NULL;

ALTER TABLE app_user DROP COLUMN failed_attempts;
ALTER TABLE app_user DROP COLUMN locked_until;
