package org.clinicdesk.app.summary;

/**
 * Which fonts a summary uses: an embedded Unicode font found on the machine (falling back to Standard 14 when there is
 * none), or the Standard 14 Helvetica only (smallest file, Latin text only).
 */
public enum FontChoice {
    SYSTEM_UNICODE, STANDARD_14
}
