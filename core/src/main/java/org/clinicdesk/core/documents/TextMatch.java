package org.clinicdesk.core.documents;

import java.util.UUID;

/**
 * A page whose OCR text matches a search, with a short snippet around the first hit, and whose it is: the patient's
 * name and UHID and the document's file name, so reception sees the patient before opening anything.
 */
public record TextMatch(UUID documentId, UUID patientId, int pageNumber, String snippet, String fileName,
                        String patientName, String uhid) {
}
