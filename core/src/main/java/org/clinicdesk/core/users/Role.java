package org.clinicdesk.core.users;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

import static org.clinicdesk.core.users.Permission.*;

/** What a person does in the clinic, and so what they may do in ClinicDesk. */
public enum Role {
    RECEPTION(EnumSet.of(FIND_PATIENT, REGISTER_PATIENT, EDIT_PATIENT, RECORD_ALLERGIES, VIEW_QUEUE, QUEUE_ADD, QUEUE_CANCEL,
            QUEUE_REQUEUE)),
    NURSE(EnumSet.of(FIND_PATIENT, REGISTER_PATIENT, EDIT_PATIENT, RECORD_ALLERGIES, VIEW_QUEUE, QUEUE_ADD, QUEUE_TRIAGE,
            RECORD_VITALS, READ_CHART, READ_NOTES, WRITE_NOTES, ADD_HISTORY, ADD_DOCUMENTS)),
    DOCTOR(EnumSet.of(FIND_PATIENT, RECORD_ALLERGIES, VIEW_QUEUE, QUEUE_CONSULT, RECORD_VITALS, READ_CHART, READ_NOTES,
            WRITE_NOTES, SIGN_NOTES, AMEND_NOTES, ADD_HISTORY, ADD_DOCUMENTS, REVIEW_SYNC_CONFLICTS, EXPORT_RECORDS,
            VIEW_REPORTS, MERGE_PATIENTS)),
    ADMIN(EnumSet.of(FIND_PATIENT, REGISTER_PATIENT, EDIT_PATIENT, RECORD_ALLERGIES, VIEW_QUEUE, QUEUE_ADD, QUEUE_CANCEL,
            QUEUE_REQUEUE, MANAGE_USERS, REVIEW_AUDIT, ADMINISTER_STORE, REVIEW_SYNC_CONFLICTS, IMPORT_RECORDS,
            EXPORT_RECORDS, VIEW_REPORTS, MERGE_PATIENTS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** The role as people read it, in the chosen language (core's bundle): "Reception". */
    public String label() {
        return CoreMessages.text("role." + name());
    }

    public static Role parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("role", CoreMessages.text("users.role.missing"));
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("role", CoreMessages.text("users.role.unknown", text));
        }
    }
}
