package org.clinicdesk.core.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Which audit events an administrator asks to see: each part narrows the list, an empty one does not. Times are a
 * half-open range [from, until).
 */
public record AuditFilter(Optional<String> patientUhid, Optional<String> username, Optional<AuditAction> action,
                          Optional<Instant> from, Optional<Instant> until, int limit) {
    public static final int MAX_EVENTS = 10_000;

    public AuditFilter {
        limit = Math.max(1, Math.min(limit, MAX_EVENTS));
    }

    public static AuditFilter everything() {
        return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                MAX_EVENTS);
    }
}
