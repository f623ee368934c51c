package org.clinicdesk.core.documents;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A scanned or imported paper attached to a patient. Its bytes live in the blob store under their SHA-256, so the
 * same file attached twice is stored once; this record is what the chart lists.
 */
public record Document(UUID id, UUID patientId, String sha256, String fileName, MediaType mediaType, long sizeBytes,
                       int pageCount, String addedBy, Instant addedAt, OcrStatus ocrStatus) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(addedBy, "addedBy");
        Objects.requireNonNull(addedAt, "addedAt");
        Objects.requireNonNull(ocrStatus, "ocrStatus");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
    }

    public Document withOcrStatus(OcrStatus status) {
        return new Document(id, patientId, sha256, fileName, mediaType, sizeBytes, pageCount, addedBy, addedAt, status);
    }
}
