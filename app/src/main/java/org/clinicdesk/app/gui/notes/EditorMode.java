package org.clinicdesk.app.gui.notes;

/** Where a note stands in the editor: a draft being written, signed (read-only), or a correction being written. */
public enum EditorMode {
    DRAFT, SIGNED, AMENDING
}
