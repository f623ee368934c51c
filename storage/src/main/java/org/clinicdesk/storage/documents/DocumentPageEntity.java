package org.clinicdesk.storage.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.UUID;
import org.clinicdesk.storage.db.SyncedEntity;

/** One page's OCR text; {@code search_text} is the lower-cased, whitespace-folded copy that search matches. */
@Entity
@Table(name = "document_page")
class DocumentPageEntity extends SyncedEntity {
    @Column(name = "document_id", nullable = false, updatable = false)
    private UUID documentId;
    @Column(name = "page_number", nullable = false)
    private int pageNumber;
    @Lob
    @Column(name = "ocr_text", nullable = false)
    private String ocrText;
    @Lob
    @Column(name = "search_text", nullable = false)
    private String searchText;
    @Column(name = "mean_confidence", nullable = false)
    private double meanConfidence;
    @Column(name = "rotation_degrees", nullable = false)
    private int rotationDegrees;
    @Column(name = "deskew_degrees", nullable = false)
    private double deskewDegrees;
    @Lob
    @Column(name = "words_json", nullable = false)
    private String wordsJson;

    protected DocumentPageEntity() {
    }

    DocumentPageEntity(UUID id, UUID documentId, int pageNumber, String ocrText, String searchText,
                       double meanConfidence, int rotationDegrees, double deskewDegrees, String wordsJson) {
        super(id);
        this.documentId = documentId;
        this.pageNumber = pageNumber;
        this.ocrText = ocrText;
        this.searchText = searchText;
        this.meanConfidence = meanConfidence;
        this.rotationDegrees = rotationDegrees;
        this.deskewDegrees = deskewDegrees;
        this.wordsJson = wordsJson;
    }

    String wordsJson() {
        return wordsJson;
    }

    int pageNumber() {
        return pageNumber;
    }
}
