package org.clinicdesk.core.users;

import org.clinicdesk.core.common.CoreMessages;

/** One thing a use case may require of the acting user's role. */
public enum Permission {
    FIND_PATIENT,
    REGISTER_PATIENT,
    EDIT_PATIENT,
    RECORD_ALLERGIES,
    VIEW_QUEUE,
    QUEUE_ADD,
    QUEUE_CANCEL,
    QUEUE_REQUEUE,
    QUEUE_TRIAGE,
    QUEUE_CONSULT,
    RECORD_VITALS,
    READ_CHART,
    READ_NOTES,
    WRITE_NOTES,
    SIGN_NOTES,
    AMEND_NOTES,
    ADD_HISTORY,
    ADD_DOCUMENTS,
    MANAGE_USERS,
    REVIEW_AUDIT,
    ADMINISTER_STORE,
    REVIEW_SYNC_CONFLICTS,
    IMPORT_RECORDS,
    EXPORT_RECORDS,
    VIEW_REPORTS,
    MERGE_PATIENTS;

    /** What the permission lets one do, in the chosen language (core's bundle): "sign clinical notes". */
    public String description() {
        return CoreMessages.text("permission." + name());
    }
}
