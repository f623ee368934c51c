package org.clinicdesk.storage.ocr.generator;

/** The typed papers patients bring to the clinic. */
public enum DocumentKind {
    PRESCRIPTION, LAB_REPORT, DISCHARGE_NOTE
}
