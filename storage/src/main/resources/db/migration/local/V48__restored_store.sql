-- A store restored from a backup is marked until its next successful sync (issue 11): its users, roles and password
-- hashes are as old as the backup, so on a desk of a clinic with a central server sign-in waits for that catch-up.
ALTER TABLE sync_state ADD COLUMN restored_at TIMESTAMP(6) WITH TIME ZONE;
