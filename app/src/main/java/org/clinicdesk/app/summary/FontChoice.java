package org.clinicdesk.app.summary;

/**
 * Which fonts a summary uses: a Unicode font found on the machine (else the bundled one), the Liberation Sans bundled
 * with PDFBox (same look on every machine), or Standard 14 Helvetica only (smallest file, Latin text only).
 */
public enum FontChoice {
    SYSTEM_UNICODE, BUNDLED, STANDARD_14
}
