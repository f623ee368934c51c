package org.clinicdesk.app.gui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.clinicdesk.core.audit.AuditEvent;
import org.clinicdesk.core.audit.AuditRecord;

/** One audit event as the Audit log table and its CSV show it. */
public record AuditRow(String at, String site, long sequence, String user, String action, String patient,
                       String entity, String detail) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static AuditRow of(AuditEvent e, ZoneId zone) {
        return new AuditRow(TIME.format(e.occurredAt().atZone(zone)), e.site(), e.sequence(), e.username(), e.action(),
                AuditRecord.patientOf(e.detail()).orElse(""),
                e.entityType() + (e.entityId().isEmpty() ? "" : " " + e.entityId()), e.detail());
    }
}
