package org.clinicdesk.core.sync;

/**
 * How concurrent versions of one row are reconciled. Every rule is deterministic and independent of arrival order
 * (except two different signatures of one note, which is reported for a person to settle), so every desktop ends
 * with the same record whatever order the changes travelled in.
 */
public enum ConflictRule {
    /** Patient demographics: each field keeps the value of its own latest writer, so edits to different fields both survive. */
    FIELD_MERGE,
    /** SOAP notes: a signed note wins over any draft of it and is never changed again; drafts go by last writer. */
    SIGNED_NOTE,
    /** Queue entries: the entry furthest along (requeue round, then stage, then version) wins; status never moves back. */
    QUEUE_FORWARD,
    /** History (audit events, note amendments, queue transitions): the first version stays; nothing changes it. */
    APPEND_ONLY,
    /** Everything else: the whole row of the latest writer by hybrid clock. */
    LAST_WRITER
}
