-- ClinicDesk central schema (PostgreSQL), version 1 of the synced data model (SyncProtocol.SCHEMA_VERSION).
-- Synced tables mirror the desktop's columns and add clinic_id (row-level security keeps clinics apart) and
-- field_versions (the hybrid clock reading at which each column was last written, for field-level merges).
-- No foreign keys between synced tables: desktops push in their own order and a row may arrive before its parent.

-- Desktops keep timestamps to the nanosecond (records read back equal, audit hashes cover them); PostgreSQL's
-- timestamptz stops at microseconds, so synced timestamps are stored as nanoseconds since 1970-01-01 UTC.
-- Reports read them with to_timestamp(col / 1e9).
CREATE DOMAIN cd_instant AS bigint;

CREATE TABLE sync_meta (
    id               integer PRIMARY KEY CHECK (id = 1),
    protocol_version integer NOT NULL,
    schema_version   integer NOT NULL,
    -- identifies this central database: a desktop pointed at another one starts reading its feed from the start
    central_id       uuid    NOT NULL DEFAULT gen_random_uuid()
);
INSERT INTO sync_meta (id, protocol_version, schema_version) VALUES (1, 1, 1);

-- Which clinic and site each database role speaks for. Only administrators read it; policies go through
-- cd_current_clinic().
CREATE TABLE site_registry (
    role_name text PRIMARY KEY,
    clinic_id uuid NOT NULL,
    site      text NOT NULL,
    UNIQUE (clinic_id, site)
);

CREATE FUNCTION cd_current_clinic() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT clinic_id FROM site_registry WHERE role_name = session_user $$;

-- The change feed. Each clinic has one feed_clock row; a pushing transaction takes its row lock (UPDATE) just
-- before commit and hands its changed rows the next positions, so feed positions are issued in commit order
-- (see CentralFeed for why a plain sequence would lose changes).
CREATE TABLE feed_clock (
    clinic_id     uuid PRIMARY KEY,
    last_position bigint NOT NULL
);

CREATE TABLE change_feed (
    clinic_id    uuid   NOT NULL,
    entity_table text   NOT NULL,
    row_id       uuid   NOT NULL,
    position     bigint NOT NULL,
    PRIMARY KEY (clinic_id, entity_table, row_id)
);
CREATE UNIQUE INDEX ix_change_feed_position ON change_feed (clinic_id, position);

-- Merges a person must look at (for example a note signed twice with different content).
CREATE TABLE sync_conflict (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic_id    uuid        NOT NULL,
    entity_table text        NOT NULL,
    row_id       uuid        NOT NULL,
    site         text        NOT NULL,
    detail       text        NOT NULL,
    detected_at  timestamptz NOT NULL DEFAULT now(),
    resolved     boolean     NOT NULL DEFAULT false,
    UNIQUE (clinic_id, entity_table, row_id, detail)
);

-- Documents: content-addressed (SHA-256) blobs cut into chunks; the same bytes are stored once per clinic.
CREATE TABLE blob (
    clinic_id   uuid    NOT NULL,
    sha256      text    NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes  bigint  NOT NULL,
    chunk_count integer NOT NULL,
    complete    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (clinic_id, sha256)
);
CREATE TABLE blob_chunk (
    clinic_id   uuid    NOT NULL,
    sha256      text    NOT NULL,
    chunk_index integer NOT NULL,
    data        bytea   NOT NULL,
    PRIMARY KEY (clinic_id, sha256, chunk_index)
);

CREATE TABLE app_user (
    id             uuid    PRIMARY KEY,
    clinic_id      uuid    NOT NULL,
    site           text    NOT NULL,
    version        text    NOT NULL,
    deleted        boolean NOT NULL DEFAULT false,
    field_versions jsonb   NOT NULL DEFAULT '{}',
    username text NOT NULL, display_name text NOT NULL, role text NOT NULL, password_hash text NOT NULL,
    active boolean NOT NULL, failed_attempts integer NOT NULL, locked_until cd_instant
);
CREATE INDEX ix_app_user_clinic ON app_user (clinic_id);

CREATE TABLE patient (
    id             uuid    PRIMARY KEY,
    clinic_id      uuid    NOT NULL,
    site           text    NOT NULL,
    version        text    NOT NULL,
    deleted        boolean NOT NULL DEFAULT false,
    field_versions jsonb   NOT NULL DEFAULT '{}',
    uhid text NOT NULL, given_name text NOT NULL, family_name text NOT NULL, full_name_search text NOT NULL,
    family_name_search text NOT NULL, date_of_birth date NOT NULL, dob_estimated boolean NOT NULL, sex text NOT NULL,
    phone text, phone_digits text, phone_digits_reversed text, address text NOT NULL, allergies text NOT NULL,
    status text NOT NULL
);
CREATE INDEX ix_patient_clinic ON patient (clinic_id);

CREATE TABLE queue_entry (
    id             uuid    PRIMARY KEY,
    clinic_id      uuid    NOT NULL,
    site           text    NOT NULL,
    version        text    NOT NULL,
    deleted        boolean NOT NULL DEFAULT false,
    field_versions jsonb   NOT NULL DEFAULT '{}',
    patient_id uuid NOT NULL, token text NOT NULL, service_date date NOT NULL, priority text NOT NULL,
    status text NOT NULL, arrived_at cd_instant NOT NULL, status_changed_at cd_instant NOT NULL,
    requeue_round integer NOT NULL
);
CREATE INDEX ix_queue_entry_clinic ON queue_entry (clinic_id);

CREATE TABLE queue_transition (
    id             uuid    PRIMARY KEY,
    clinic_id      uuid    NOT NULL,
    site           text    NOT NULL,
    version        text    NOT NULL,
    deleted        boolean NOT NULL DEFAULT false,
    field_versions jsonb   NOT NULL DEFAULT '{}',
    entry_id uuid NOT NULL, from_status text, to_status text NOT NULL, by_user text NOT NULL,
    moved_at cd_instant NOT NULL, reason text NOT NULL
);
CREATE INDEX ix_queue_transition_clinic ON queue_transition (clinic_id);

CREATE TABLE vitals (
    id             uuid    PRIMARY KEY,
    clinic_id      uuid    NOT NULL,
    site           text    NOT NULL,
    version        text    NOT NULL,
    deleted        boolean NOT NULL DEFAULT false,
    field_versions jsonb   NOT NULL DEFAULT '{}',
    patient_id uuid NOT NULL, taken_at cd_instant NOT NULL, taken_by text NOT NULL, heart_rate integer NOT NULL,
    respiratory_rate integer NOT NULL, systolic integer NOT NULL, diastolic integer NOT NULL,
    temperature_c double precision NOT NULL, spo2 integer NOT NULL, spo2_scale text NOT NULL, on_oxygen boolean NOT NULL,
    consciousness text NOT NULL, weight_kg double precision, height_cm double precision, news2_total integer NOT NULL,
    news2_red_flag boolean NOT NULL, news2_response text NOT NULL, news2_points text NOT NULL
);
CREATE INDEX ix_vitals_clinic ON vitals (clinic_id);

CREATE TABLE soap_note (
    id             uuid    PRIMARY KEY,
    clinic_id      uuid    NOT NULL,
    site           text    NOT NULL,
    version        text    NOT NULL,
    deleted        boolean NOT NULL DEFAULT false,
    field_versions jsonb   NOT NULL DEFAULT '{}',
    patient_id uuid NOT NULL, author text NOT NULL, status text NOT NULL CHECK (status IN ('DRAFT', 'SIGNED')),
    subjective text NOT NULL, objective text NOT NULL, assessment text NOT NULL, plan text NOT NULL,
    diagnoses text NOT NULL, prescriptions text NOT NULL, created_at cd_instant NOT NULL,
    updated_at cd_instant NOT NULL, signed_by text, signed_at cd_instant
);
CREATE INDEX ix_soap_note_clinic ON soap_note (clinic_id);

CREATE TABLE note_amendment (
    id             uuid    PRIMARY KEY,
    clinic_id      uuid    NOT NULL,
    site           text    NOT NULL,
    version        text    NOT NULL,
    deleted        boolean NOT NULL DEFAULT false,
    field_versions jsonb   NOT NULL DEFAULT '{}',
    note_id uuid NOT NULL, author text NOT NULL, amended_at cd_instant NOT NULL, reason text NOT NULL,
    subjective text NOT NULL, objective text NOT NULL, assessment text NOT NULL, plan text NOT NULL,
    diagnoses text NOT NULL, prescriptions text NOT NULL
);
CREATE INDEX ix_note_amendment_clinic ON note_amendment (clinic_id);

CREATE TABLE history_entry (
    id             uuid    PRIMARY KEY,
    clinic_id      uuid    NOT NULL,
    site           text    NOT NULL,
    version        text    NOT NULL,
    deleted        boolean NOT NULL DEFAULT false,
    field_versions jsonb   NOT NULL DEFAULT '{}',
    patient_id uuid NOT NULL, kind text NOT NULL, entry_date date, summary text NOT NULL,
    details text NOT NULL, source text NOT NULL, recorded_by text NOT NULL, recorded_at cd_instant NOT NULL
);
CREATE INDEX ix_history_entry_clinic ON history_entry (clinic_id);

CREATE TABLE audit_event (
    id             uuid    PRIMARY KEY,
    clinic_id      uuid    NOT NULL,
    site           text    NOT NULL,
    version        text    NOT NULL,
    deleted        boolean NOT NULL DEFAULT false,
    field_versions jsonb   NOT NULL DEFAULT '{}',
    sequence bigint NOT NULL, occurred_at cd_instant NOT NULL, username text NOT NULL, action text NOT NULL,
    entity_type text NOT NULL, entity_id text NOT NULL, detail text NOT NULL, previous_hash text NOT NULL,
    hash text NOT NULL
);
CREATE INDEX ix_audit_event_clinic ON audit_event (clinic_id);

-- A signed note is immutable here too, whoever connects: corrections are amendments (new rows).
CREATE FUNCTION cd_refuse_signed_note_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF OLD.status = 'SIGNED' THEN
        RAISE EXCEPTION 'signed note % cannot be changed or deleted; add an amendment', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER tr_soap_note_signed BEFORE UPDATE OR DELETE ON soap_note
    FOR EACH ROW EXECUTE FUNCTION cd_refuse_signed_note_change();

-- Policies call cd_current_clinic() through a sub-select so it runs once per statement, not once per row.
-- Site roles are members of clinicdesk_site (created once per server) and see only their clinic's rows.
DO $$
BEGIN
    CREATE ROLE clinicdesk_site NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;
GRANT USAGE ON SCHEMA public TO clinicdesk_site;
GRANT SELECT ON sync_meta TO clinicdesk_site;
GRANT EXECUTE ON FUNCTION cd_current_clinic() TO clinicdesk_site;

ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_user_own_clinic ON app_user USING (clinic_id = (SELECT cd_current_clinic())) WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT, UPDATE ON app_user TO clinicdesk_site;

ALTER TABLE patient ENABLE ROW LEVEL SECURITY;
CREATE POLICY patient_own_clinic ON patient USING (clinic_id = (SELECT cd_current_clinic())) WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT, UPDATE ON patient TO clinicdesk_site;

ALTER TABLE queue_entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY queue_entry_own_clinic ON queue_entry USING (clinic_id = (SELECT cd_current_clinic())) WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT, UPDATE ON queue_entry TO clinicdesk_site;

ALTER TABLE queue_transition ENABLE ROW LEVEL SECURITY;
CREATE POLICY queue_transition_own_clinic ON queue_transition USING (clinic_id = (SELECT cd_current_clinic())) WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT, UPDATE ON queue_transition TO clinicdesk_site;

ALTER TABLE vitals ENABLE ROW LEVEL SECURITY;
CREATE POLICY vitals_own_clinic ON vitals USING (clinic_id = (SELECT cd_current_clinic())) WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT, UPDATE ON vitals TO clinicdesk_site;

ALTER TABLE soap_note ENABLE ROW LEVEL SECURITY;
CREATE POLICY soap_note_own_clinic ON soap_note USING (clinic_id = (SELECT cd_current_clinic())) WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT, UPDATE ON soap_note TO clinicdesk_site;

ALTER TABLE note_amendment ENABLE ROW LEVEL SECURITY;
CREATE POLICY note_amendment_own_clinic ON note_amendment USING (clinic_id = (SELECT cd_current_clinic())) WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT, UPDATE ON note_amendment TO clinicdesk_site;

ALTER TABLE history_entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY history_entry_own_clinic ON history_entry USING (clinic_id = (SELECT cd_current_clinic())) WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT, UPDATE ON history_entry TO clinicdesk_site;

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_event_own_clinic ON audit_event USING (clinic_id = (SELECT cd_current_clinic())) WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT, UPDATE ON audit_event TO clinicdesk_site;

ALTER TABLE feed_clock ENABLE ROW LEVEL SECURITY;
CREATE POLICY feed_clock_own_clinic ON feed_clock USING (clinic_id = (SELECT cd_current_clinic())) WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT, UPDATE ON feed_clock TO clinicdesk_site;

ALTER TABLE change_feed ENABLE ROW LEVEL SECURITY;
CREATE POLICY change_feed_own_clinic ON change_feed USING (clinic_id = (SELECT cd_current_clinic())) WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT, UPDATE ON change_feed TO clinicdesk_site;

ALTER TABLE sync_conflict ENABLE ROW LEVEL SECURITY;
CREATE POLICY sync_conflict_own_clinic ON sync_conflict USING (clinic_id = (SELECT cd_current_clinic())) WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT ON sync_conflict TO clinicdesk_site;

ALTER TABLE blob ENABLE ROW LEVEL SECURITY;
CREATE POLICY blob_own_clinic ON blob USING (clinic_id = (SELECT cd_current_clinic())) WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT, UPDATE ON blob TO clinicdesk_site;

ALTER TABLE blob_chunk ENABLE ROW LEVEL SECURITY;
CREATE POLICY blob_chunk_own_clinic ON blob_chunk USING (clinic_id = (SELECT cd_current_clinic())) WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT, UPDATE ON blob_chunk TO clinicdesk_site;
