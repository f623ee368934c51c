package org.clinicdesk.storage.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.documents.MediaType;
import org.clinicdesk.core.documents.OcrStatus;
import org.clinicdesk.storage.db.SyncedEntity;

@Entity
@Table(name = "document")
class DocumentEntity extends SyncedEntity {
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "sha256", nullable = false, updatable = false, length = 64, columnDefinition = "char(64)")
    private String sha256;
    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;
    @Column(name = "media_type", nullable = false, length = 32)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(name = "page_count", nullable = false)
    private int pageCount;
    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;
    @Column(name = "ocr_status", nullable = false, length = 16)
    private String ocrStatus;

    protected DocumentEntity() {
    }

    DocumentEntity(Document d) {
        super(d.id());
        patientId = d.patientId();
        sha256 = d.sha256();
        fileName = d.fileName();
        mediaType = d.mediaType().name();
        sizeBytes = d.sizeBytes();
        pageCount = d.pageCount();
        addedBy = d.addedBy();
        addedAt = d.addedAt();
        ocrStatus = d.ocrStatus().name();
    }

    void setOcrStatus(OcrStatus status) {
        ocrStatus = status.name();
    }

    Document toDocument() {
        return new Document(getId(), patientId, sha256, fileName, MediaType.valueOf(mediaType), sizeBytes, pageCount,
                addedBy, addedAt, OcrStatus.valueOf(ocrStatus));
    }
}
