-- FHIR import (issue 13): which source records this desk has already imported, so that importing the same bundle
-- twice changes nothing. Local-only on purpose (never in the outbox, not in the central schema): the rows it points
-- at (patient, history_entry) sync as usual; this table only remembers where they came from at this desk.
-- source_key is a Patient identifier ("identifier:system|value"), or an entry's fullUrl, or "Type/id" within the file.
CREATE TABLE fhir_import_source (
    source_key     VARCHAR(1000) NOT NULL PRIMARY KEY,
    resource_type  VARCHAR(64)   NOT NULL,
    target_id      UUID,
    patient_id     UUID,
    file_name      VARCHAR(500)  NOT NULL,
    imported_at    TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    imported_by    VARCHAR(64)   NOT NULL
);
CREATE INDEX fhir_import_source_by_patient ON fhir_import_source (patient_id);
