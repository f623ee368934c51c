-- Joining desks (issue 9). Each store gets a random id at creation: the central server records which store holds
-- each site code, and refuses a second store that claims a site already held.
ALTER TABLE site_settings ADD COLUMN store_id UUID;
UPDATE site_settings SET store_id = RANDOM_UUID();

-- Clinic-wide settings that travel to every desk (synced, last writer wins): one row per setting name; the id is
-- derived from the clinic id and the name, so two desks setting one name offline write the same row.
CREATE TABLE clinic_setting (
    id      UUID         NOT NULL PRIMARY KEY,
    site    VARCHAR(4)   NOT NULL,
    version VARCHAR(40)  NOT NULL,
    deleted BOOLEAN      NOT NULL DEFAULT FALSE,
    setting_name  VARCHAR(60)  NOT NULL,
    setting_value VARCHAR(500) NOT NULL,
    CONSTRAINT uq_clinic_setting_name UNIQUE (setting_name)
);
CREATE INDEX ix_clinic_setting_version ON clinic_setting (version);

