-- Documents and their OCR page texts sync like every other record (the bytes travel separately as blobs).
-- Same columns as the desktop's V20__documents.sql; timestamps as cd_instant, long texts as text.
CREATE TABLE document (
    id             uuid    PRIMARY KEY,
    clinic_id      uuid    NOT NULL,
    site           text    NOT NULL,
    version        text    NOT NULL,
    deleted        boolean NOT NULL DEFAULT false,
    field_versions jsonb   NOT NULL DEFAULT '{}',
    patient_id uuid NOT NULL, sha256 text NOT NULL, file_name text NOT NULL, media_type text NOT NULL,
    size_bytes bigint NOT NULL, page_count integer NOT NULL, added_by text NOT NULL, added_at cd_instant NOT NULL,
    ocr_status text NOT NULL
);
CREATE INDEX ix_document_clinic ON document (clinic_id);

CREATE TABLE document_page (
    id             uuid    PRIMARY KEY,
    clinic_id      uuid    NOT NULL,
    site           text    NOT NULL,
    version        text    NOT NULL,
    deleted        boolean NOT NULL DEFAULT false,
    field_versions jsonb   NOT NULL DEFAULT '{}',
    document_id uuid NOT NULL, page_number integer NOT NULL, ocr_text text NOT NULL, search_text text NOT NULL,
    mean_confidence double precision NOT NULL, rotation_degrees integer NOT NULL,
    deskew_degrees double precision NOT NULL, words_json text NOT NULL
);
CREATE INDEX ix_document_page_clinic ON document_page (clinic_id);

ALTER TABLE document ENABLE ROW LEVEL SECURITY;
CREATE POLICY document_own_clinic ON document USING (clinic_id = (SELECT cd_current_clinic())) WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT, UPDATE ON document TO clinicdesk_site;

ALTER TABLE document_page ENABLE ROW LEVEL SECURITY;
CREATE POLICY document_page_own_clinic ON document_page USING (clinic_id = (SELECT cd_current_clinic())) WITH CHECK (clinic_id = (SELECT cd_current_clinic()));
GRANT SELECT, INSERT, UPDATE ON document_page TO clinicdesk_site;
