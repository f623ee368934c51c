package org.clinicdesk.storage.fhir;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.clinicdesk.core.fhir.ImportedSource;

/** A row of the local-only {@code fhir_import_source} table; not a synced entity, so the outbox never sees it. */
@Entity
@Table(name = "fhir_import_source")
class FhirImportSourceEntity {
    @Id
    @Column(name = "source_key", nullable = false, length = 1000)
    private String sourceKey;
    @Column(name = "resource_type", nullable = false, length = 64)
    private String resourceType;
    @Column(name = "target_id")
    private UUID targetId;
    @Column(name = "patient_id")
    private UUID patientId;
    @Column(name = "file_name", nullable = false, length = 500)
    private String fileName;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;
    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    protected FhirImportSourceEntity() {
    }

    FhirImportSourceEntity(ImportedSource s) {
        sourceKey = s.key();
        resourceType = s.resourceType();
        targetId = s.targetId();
        patientId = s.patientId();
        fileName = s.fileName().length() > 500 ? s.fileName().substring(s.fileName().length() - 500) : s.fileName();
        importedAt = s.importedAt();
        importedBy = s.importedBy();
    }

    String sourceKey() {
        return sourceKey;
    }

    /** The file's name as the column keeps it: its last 500 characters. */
    String fileName() {
        return fileName;
    }

    ImportedSource toSource() {
        return new ImportedSource(sourceKey, resourceType, targetId, patientId, fileName, importedAt, importedBy);
    }
}
