package org.clinicdesk.storage.sync;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.core.sync.ConflictRule;

/**
 * The tables that sync, parents before children (the order in which pulled rows are applied), each with its
 * conflict rule and the columns that point at a parent row.
 */
public enum SyncedTable {
    CLINIC_SETTING("clinic_setting", ConflictRule.LAST_WRITER, Map.of()),
    APP_USER("app_user", ConflictRule.LAST_WRITER, Map.of()),
    PATIENT("patient", ConflictRule.FIELD_MERGE, Map.of()),
    QUEUE_ENTRY("queue_entry", ConflictRule.QUEUE_FORWARD, Map.of("patient_id", "patient")),
    QUEUE_TRANSITION("queue_transition", ConflictRule.APPEND_ONLY, Map.of("entry_id", "queue_entry")),
    VITALS("vitals", ConflictRule.LAST_WRITER, Map.of("patient_id", "patient")),
    SOAP_NOTE("soap_note", ConflictRule.SIGNED_NOTE, Map.of("patient_id", "patient")),
    NOTE_AMENDMENT("note_amendment", ConflictRule.APPEND_ONLY, Map.of("note_id", "soap_note")),
    HISTORY_ENTRY("history_entry", ConflictRule.LAST_WRITER, Map.of("patient_id", "patient")),
    AUDIT_EVENT("audit_event", ConflictRule.APPEND_ONLY, Map.of()),
    DOCUMENT("document", ConflictRule.LAST_WRITER, Map.of("patient_id", "patient")),
    DOCUMENT_PAGE("document_page", ConflictRule.LAST_WRITER, Map.of("document_id", "document")),
    CLINICAL_FLAG("clinical_flag", ConflictRule.LAST_WRITER, Map.of("patient_id", "patient"));

    private final String tableName;
    private final ConflictRule rule;
    private final Map<String, String> parents;

    SyncedTable(String tableName, ConflictRule rule, Map<String, String> parents) {
        this.tableName = tableName;
        this.rule = rule;
        this.parents = parents;
    }

    public String tableName() {
        return tableName;
    }

    public ConflictRule rule() {
        return rule;
    }

    /** Column name to the parent's table name. */
    public Map<String, String> parents() {
        return parents;
    }

    public static Optional<SyncedTable> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.tableName.equalsIgnoreCase(name)).findFirst();
    }

    public static SyncedTable require(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException("not a synced table: " + name));
    }
}
