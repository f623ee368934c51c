package org.clinicdesk.core.notes;

/** A draft can still change; a signed note never does (corrections are amendments). */
public enum NoteStatus {
    DRAFT, SIGNED
}
