package org.clinicdesk.core.users;

/** One thing a use case may require of the acting user's role. */
public enum Permission {
    FIND_PATIENT("find patients"),
    REGISTER_PATIENT("register patients"),
    EDIT_PATIENT("edit patient details"),
    RECORD_ALLERGIES("record a patient's allergies"),
    VIEW_QUEUE("see the queue"),
    QUEUE_ADD("add patients to the queue"),
    QUEUE_CANCEL("cancel queue entries or mark no-shows"),
    QUEUE_REQUEUE("requeue patients"),
    QUEUE_TRIAGE("run triage"),
    QUEUE_CONSULT("call patients for consultation"),
    RECORD_VITALS("record vitals"),
    READ_CHART("open patient charts"),
    READ_NOTES("read clinical notes"),
    WRITE_NOTES("write clinical notes"),
    SIGN_NOTES("sign clinical notes"),
    AMEND_NOTES("amend signed notes"),
    ADD_HISTORY("add history entries"),
    ADD_DOCUMENTS("add documents"),
    MANAGE_USERS("manage users"),
    REVIEW_AUDIT("review the audit trail"),
    ADMINISTER_STORE("administer the store"),
    REVIEW_SYNC_CONFLICTS("review sync conflicts"),
    IMPORT_RECORDS("import records from another system"),
    EXPORT_RECORDS("export patient records"),
    VIEW_REPORTS("see the clinic's day sheets and month summaries"),
    MERGE_PATIENTS("merge a duplicate patient into another");

    private final String description;

    Permission(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
