package org.clinicdesk.app.summary;

/**
 * Which fonts a summary uses: a Unicode font found on the machine (else the bundled one), the Liberation Sans bundled
 * with PDFBox (same look on every machine), or Standard 14 Helvetica
 * (smallest file). Each takes the bundled Noto Sans Devanagari for Devanagari text.
 */
public enum FontChoice {
    SYSTEM_UNICODE, BUNDLED, STANDARD_14
}
