package org.clinicdesk.core.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outgoing port: where document records and their OCR text are kept (bytes go to the {@link BlobStore}). */
public interface DocumentRepository {
    void save(Document document);

    Optional<Document> findById(UUID id);

    Optional<Document> findByPatientAndHash(UUID patientId, String sha256);

    List<Document> forPatient(UUID patientId);

    /** Replaces the document's page texts with these and sets its status to {@link OcrStatus#READ}. */
    void saveText(UUID documentId, List<OcrPage> pages);

    void updateStatus(UUID documentId, OcrStatus status);

    /** Pages whose text contains every word of the query (case-insensitive), newest documents first. */
    List<TextMatch> search(String query, int limit);
}
