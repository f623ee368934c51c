package org.clinicdesk.core.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.patient.Uhid;

/**
 * An administrator's question to the audit trail as typed (patient UHID, user, action, day), checked field by field
 * and turned into an {@link AuditFilter} for the clinic's time zone.
 */
public record AuditQuery(Optional<String> patientUhid, Optional<String> username, Optional<String> action,
                         Optional<LocalDate> day) {

    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static AuditQuery emergencies() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.of(AuditAction.EMERGENCY_ACCESS.name()),
                Optional.empty());
    }

    public AuditFilter toFilter(ZoneId zone) {
        Optional<String> uhid = present(patientUhid).map(text -> Uhid.parse(text).value());
        Optional<AuditAction> parsed = present(action).map(AuditQuery::parseAction);
        return new AuditFilter(uhid, present(username), parsed,
                day.map(d -> d.atStartOfDay(zone).toInstant()),
                day.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()), AuditFilter.MAX_EVENTS);
    }

    /** An action by its name, in any case, with '-' or ' ' for '_' (e.g. {@code note-read}). */
    public static AuditAction parseAction(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return AuditAction.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("action", CoreMessages.text("audit.action.unknown", text));
        }
    }

    private static Optional<String> present(Optional<String> text) {
        return text.map(String::strip).filter(t -> !t.isEmpty());
    }
}
