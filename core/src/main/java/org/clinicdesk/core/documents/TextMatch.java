package org.clinicdesk.core.documents;

import java.util.UUID;

/** A page whose OCR text matches a search, with a short snippet around the first hit. */
public record TextMatch(UUID documentId, UUID patientId, int pageNumber, String snippet) {
}
