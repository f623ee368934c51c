package org.clinicdesk.app.gui.imports;

/** What the wizard imports: FHIR R4 bundles or NDJSON, or the previous queue system's JSON export. */
public enum ImportKind {
    FHIR, LEGACY_JSON
}
