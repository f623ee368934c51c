package org.clinicdesk.core.documents;

/** Why reading a document failed, so the screen can translate it and decide whether a retry makes sense. */
public enum OcrFailureReason {
    /** The file could not be decoded into page images. */
    UNREADABLE_FILE,
    /** The OCR engine or its language data is missing or failed. */
    ENGINE_UNAVAILABLE,
    /** Someone cancelled the reading. */
    CANCELLED
}
