-- The synced data model is now version 2 (SyncProtocol.SCHEMA_VERSION): clinic_setting joined the synced tables
-- (V4). Sync refuses to run between a desk and a central server of different versions.
UPDATE sync_state SET schema_version = 2 WHERE id = 1;
