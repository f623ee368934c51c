package org.clinicdesk.core.audit;

/** What a use case asks to be audited; the audit log adds who, when, where and the chain. */
public record AuditRecord(AuditAction action, String entityType, String entityId, String detail) {
    public static AuditRecord of(AuditAction action, String entityType, Object entityId, String detail) {
        return new AuditRecord(action, entityType, entityId == null ? "" : entityId.toString(), detail == null ? "" : detail);
    }
}
