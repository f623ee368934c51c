-- Review of issue 10: the central server bounds every synced text column as the desks do (a desk column of at most n
-- characters is varchar(n) here). A longer value pushed by a hostile site login is refused by the server (SQLSTATE
-- 22001) instead of being kept and then listed as a conflict at every other desk. Desks never send longer values:
-- their own columns have these bounds. CentralColumnBoundsTest compares both catalogues.
ALTER TABLE app_user
    ALTER COLUMN display_name TYPE varchar(200),
    ALTER COLUMN password_hash TYPE varchar(200),
    ALTER COLUMN role TYPE varchar(20),
    ALTER COLUMN signature TYPE varchar(200),
    ALTER COLUMN site TYPE varchar(4),
    ALTER COLUMN username TYPE varchar(32),
    ALTER COLUMN version TYPE varchar(40);
ALTER TABLE audit_event
    ALTER COLUMN action TYPE varchar(40),
    ALTER COLUMN detail TYPE varchar(4000),
    ALTER COLUMN entity_id TYPE varchar(100),
    ALTER COLUMN entity_type TYPE varchar(40),
    ALTER COLUMN hash TYPE varchar(64),
    ALTER COLUMN previous_hash TYPE varchar(64),
    ALTER COLUMN row_digest TYPE varchar(8000),
    ALTER COLUMN signature TYPE varchar(200),
    ALTER COLUMN site TYPE varchar(4),
    ALTER COLUMN username TYPE varchar(64),
    ALTER COLUMN version TYPE varchar(40);
ALTER TABLE clinic_setting
    ALTER COLUMN setting_name TYPE varchar(60),
    ALTER COLUMN site TYPE varchar(4),
    ALTER COLUMN version TYPE varchar(40);
ALTER TABLE clinical_flag
    ALTER COLUMN changed_by TYPE varchar(64),
    ALTER COLUMN explanation TYPE varchar(4000),
    ALTER COLUMN flag_key TYPE varchar(1000),
    ALTER COLUMN kind TYPE varchar(32),
    ALTER COLUMN knowledge_version TYPE varchar(64),
    ALTER COLUMN reason TYPE varchar(500),
    ALTER COLUMN severity TYPE varchar(16),
    ALTER COLUMN site TYPE varchar(8),
    ALTER COLUMN state TYPE varchar(16),
    ALTER COLUMN version TYPE varchar(64);
ALTER TABLE document
    ALTER COLUMN added_by TYPE varchar(64),
    ALTER COLUMN file_name TYPE varchar(255),
    ALTER COLUMN media_type TYPE varchar(32),
    ALTER COLUMN ocr_status TYPE varchar(16),
    ALTER COLUMN site TYPE varchar(8),
    ALTER COLUMN version TYPE varchar(64);
ALTER TABLE document_page
    ALTER COLUMN site TYPE varchar(8),
    ALTER COLUMN version TYPE varchar(64);
ALTER TABLE history_entry
    ALTER COLUMN details TYPE varchar(20000),
    ALTER COLUMN kind TYPE varchar(20),
    ALTER COLUMN recorded_by TYPE varchar(32),
    ALTER COLUMN site TYPE varchar(4),
    ALTER COLUMN source TYPE varchar(200),
    ALTER COLUMN summary TYPE varchar(2000),
    ALTER COLUMN version TYPE varchar(40);
ALTER TABLE note_amendment
    ALTER COLUMN assessment TYPE varchar(20000),
    ALTER COLUMN author TYPE varchar(32),
    ALTER COLUMN diagnoses TYPE varchar(200000),
    ALTER COLUMN objective TYPE varchar(20000),
    ALTER COLUMN plan TYPE varchar(20000),
    ALTER COLUMN prescriptions TYPE varchar(200000),
    ALTER COLUMN reason TYPE varchar(2000),
    ALTER COLUMN site TYPE varchar(4),
    ALTER COLUMN subjective TYPE varchar(20000),
    ALTER COLUMN version TYPE varchar(40);
ALTER TABLE patient
    ALTER COLUMN abha_number TYPE varchar(14),
    ALTER COLUMN address TYPE varchar(500),
    ALTER COLUMN allergies TYPE varchar(20000),
    ALTER COLUMN district TYPE varchar(100),
    ALTER COLUMN family_name TYPE varchar(200),
    ALTER COLUMN family_name_search TYPE varchar(200),
    ALTER COLUMN full_name_search TYPE varchar(400),
    ALTER COLUMN given_name TYPE varchar(200),
    ALTER COLUMN phone TYPE varchar(20),
    ALTER COLUMN phone_digits TYPE varchar(15),
    ALTER COLUMN phone_digits_reversed TYPE varchar(15),
    ALTER COLUMN pin TYPE varchar(6),
    ALTER COLUMN relative_name TYPE varchar(200),
    ALTER COLUMN relative_relation TYPE varchar(3),
    ALTER COLUMN sex TYPE varchar(1),
    ALTER COLUMN site TYPE varchar(4),
    ALTER COLUMN state TYPE varchar(60),
    ALTER COLUMN status TYPE varchar(10),
    ALTER COLUMN uhid TYPE varchar(20),
    ALTER COLUMN version TYPE varchar(40),
    ALTER COLUMN village TYPE varchar(100);
ALTER TABLE queue_entry
    ALTER COLUMN priority TYPE varchar(10),
    ALTER COLUMN site TYPE varchar(4),
    ALTER COLUMN status TYPE varchar(20),
    ALTER COLUMN token TYPE varchar(12),
    ALTER COLUMN version TYPE varchar(40);
ALTER TABLE queue_transition
    ALTER COLUMN by_user TYPE varchar(32),
    ALTER COLUMN from_status TYPE varchar(20),
    ALTER COLUMN reason TYPE varchar(1000),
    ALTER COLUMN site TYPE varchar(4),
    ALTER COLUMN to_status TYPE varchar(20),
    ALTER COLUMN version TYPE varchar(40);
ALTER TABLE soap_note
    ALTER COLUMN assessment TYPE varchar(20000),
    ALTER COLUMN author TYPE varchar(32),
    ALTER COLUMN diagnoses TYPE varchar(200000),
    ALTER COLUMN objective TYPE varchar(20000),
    ALTER COLUMN plan TYPE varchar(20000),
    ALTER COLUMN prescriptions TYPE varchar(200000),
    ALTER COLUMN signed_by TYPE varchar(32),
    ALTER COLUMN site TYPE varchar(4),
    ALTER COLUMN status TYPE varchar(10),
    ALTER COLUMN subjective TYPE varchar(20000),
    ALTER COLUMN version TYPE varchar(40);
ALTER TABLE vitals
    ALTER COLUMN consciousness TYPE varchar(1),
    ALTER COLUMN news2_points TYPE varchar(1000),
    ALTER COLUMN news2_response TYPE varchar(20),
    ALTER COLUMN site TYPE varchar(4),
    ALTER COLUMN spo2_scale TYPE varchar(10),
    ALTER COLUMN taken_by TYPE varchar(32),
    ALTER COLUMN version TYPE varchar(40);
