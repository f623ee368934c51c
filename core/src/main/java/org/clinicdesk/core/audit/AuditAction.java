package org.clinicdesk.core.audit;

/**
 * What an audit event records. Reads of a chart are audited as well as writes; an event about one patient's records
 * carries the patient's UHID first in its detail ({@link AuditRecord#aboutPatient}).
 */
public enum AuditAction {
    STORE_INITIALISED, USER_ADDED, SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, SCREEN_LOCKED, SCREEN_UNLOCKED, ACCOUNT_LOCKED,
    PATIENT_REGISTERED, PATIENT_EDITED, PATIENT_SEARCHED, CHART_OPENED,
    QUEUE_ADDED, QUEUE_MOVED, QUEUE_REQUEUED,
    VITALS_RECORDED, NOTE_DRAFTED, NOTE_SIGNED, NOTE_AMENDED, NOTE_READ,
    DOCUMENT_ADDED, DOCUMENT_READ, DOCUMENTS_SEARCHED, DOCUMENT_OTHER_PATIENT_CONFIRMED, DOCUMENT_OPENED,
    HISTORY_ADDED, AUDIT_VERIFIED, SYNC_CONFLICT_ACKNOWLEDGED,
    CLINIC_SETTING_CHANGED, SITE_JOINED, SITE_REJOINED,
    USER_DISABLED, USER_ENABLED, PASSWORD_RESET, PASSWORD_CHANGED, ACCOUNT_UNLOCKED,
    RECORDS_IMPORTED, RECORDS_EXPORTED,
    SUMMARY_EXPORTED, CONFLICTS_VIEWED, EMERGENCY_ACCESS, RECORD_DELETED, RECORD_IMPORTED, REPORT_PREPARED,
    QUEUE_PRIORITY_CHANGED, FLAGS_SCANNED, FLAG_KNOWLEDGE_IMPORTED, FLAG_RAISED, FLAG_ACKNOWLEDGED, FLAG_OVERRIDDEN,
    FLAG_RESOLVED,
    REGISTRATION_CARD_PRINTED, TOKEN_SLIP_PRINTED;

    private static final java.util.Set<AuditAction> CHANGES = java.util.EnumSet.of(USER_ADDED, PATIENT_REGISTERED,
            PATIENT_EDITED, QUEUE_ADDED, QUEUE_MOVED, QUEUE_REQUEUED, VITALS_RECORDED, NOTE_DRAFTED, NOTE_SIGNED,
            NOTE_AMENDED, DOCUMENT_ADDED, DOCUMENT_READ, HISTORY_ADDED, CLINIC_SETTING_CHANGED, USER_DISABLED,
            USER_ENABLED, PASSWORD_RESET, PASSWORD_CHANGED, RECORD_DELETED, RECORD_IMPORTED,
            QUEUE_PRIORITY_CHANGED);

    /**
     * Whether the event records a change to the record it names (so it vouches for the record's new state). Reads,
     * searches and sign-outs never vouch for anything: a record changed behind the program's back and then merely
     * opened must still show as changed without an event.
     */
    public boolean changesRecord() {
        return CHANGES.contains(this);
    }
}
