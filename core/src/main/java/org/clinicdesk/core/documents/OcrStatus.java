package org.clinicdesk.core.documents;

/** Where a document is in reading: waiting for OCR, read, or failed (with the reason kept on the document). */
public enum OcrStatus {
    PENDING, READ, FAILED
}
