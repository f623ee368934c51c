-- Scanned documents and their OCR text (issue 6). Bytes live in the content-addressed blob store under
-- <dataDir>/blobs; rows carry the sync columns every synced table has: id (UUID v7), site, version (HLC), deleted.
CREATE TABLE document (
    id            UUID          NOT NULL PRIMARY KEY,
    site          VARCHAR(8)    NOT NULL,
    version       VARCHAR(64)   NOT NULL,
    deleted       BOOLEAN       DEFAULT FALSE NOT NULL,
    patient_id    UUID          NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    media_type    VARCHAR(32)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    page_count    INT           NOT NULL,
    added_by      VARCHAR(64)   NOT NULL,
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ocr_status    VARCHAR(16)   NOT NULL,
    CONSTRAINT document_patient_sha256 UNIQUE (patient_id, sha256),
    CONSTRAINT document_sha256_hex CHECK (LENGTH(sha256) = 64),
    CONSTRAINT document_pages_positive CHECK (page_count > 0)
);
CREATE INDEX document_by_patient ON document (patient_id);
CREATE INDEX document_by_sha256 ON document (sha256);

CREATE TABLE document_page (
    id               UUID          NOT NULL PRIMARY KEY,
    site             VARCHAR(8)    NOT NULL,
    version          VARCHAR(64)   NOT NULL,
    deleted          BOOLEAN       DEFAULT FALSE NOT NULL,
    document_id      UUID          NOT NULL REFERENCES document (id),
    page_number      INT           NOT NULL,
    ocr_text         CLOB          NOT NULL,
    search_text      CLOB          NOT NULL,
    mean_confidence  DOUBLE PRECISION NOT NULL,
    rotation_degrees INT           NOT NULL,
    deskew_degrees   DOUBLE PRECISION NOT NULL,
    words_json       CLOB          NOT NULL
);
-- No unique (document_id, page_number): re-reading a document tombstones the old pages and adds new ones.
CREATE INDEX document_page_by_document ON document_page (document_id);
