package org.clinicdesk.core.audit;

/**
 * What a use case asks to be audited; the audit log adds who, when, where and the chain. An event about one
 * patient's records starts its detail with the patient's UHID (then a space and the rest), which is how the audit
 * list finds a patient's events without a column outside the hash chain.
 */
public record AuditRecord(AuditAction action, String entityType, String entityId, String detail) {
    public static AuditRecord of(AuditAction action, String entityType, Object entityId, String detail) {
        return new AuditRecord(action, entityType, entityId == null ? "" : entityId.toString(), detail == null ? "" : detail);
    }

    /** An event about one patient's records: the UHID leads the detail. */
    public static AuditRecord aboutPatient(AuditAction action, String entityType, Object entityId, String uhid,
                                           String detail) {
        String rest = detail == null || detail.isBlank() ? "" : " " + detail;
        return of(action, entityType, entityId, uhid + rest);
    }

    /** The UHID an event's detail starts with, when the event is about one patient. */
    public static java.util.Optional<String> patientOf(String detail) {
        if (detail == null || detail.isEmpty()) {
            return java.util.Optional.empty();
        }
        int space = detail.indexOf(' ');
        String first = space < 0 ? detail : detail.substring(0, space);
        return org.clinicdesk.core.patient.Uhid.looksLikeUhid(first) ? java.util.Optional.of(first)
                : java.util.Optional.empty();
    }
}
