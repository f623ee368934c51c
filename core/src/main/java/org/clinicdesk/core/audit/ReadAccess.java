package org.clinicdesk.core.audit;

import java.util.Arrays;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;

/**
 * On what grounds someone reads a patient's chart, a note or a document: their role allows it, or they declare an
 * emergency with a reason (any signed-in user may, e.g. reception when the doctor is away and the patient collapses).
 * Either way the read is exactly one audit event: the usual read event, or {@code EMERGENCY_ACCESS} with the reason.
 */
public sealed interface ReadAccess permits ReadAccess.ByRole, ReadAccess.Emergency {
    int MAX_REASON = 500;

    static ReadAccess byRole() {
        return new ByRole();
    }

    /** An emergency read; the reason is required and kept in the audit trail for the administrators' review. */
    static ReadAccess emergency(String reason) {
        return new Emergency(reason);
    }

    /** Refuses unless the role has every permission needed, or this is an emergency read. */
    void check(Actor actor, Permission... needed);

    /** The one event that records this read of the patient's record. */
    AuditRecord audit(AuditAction usual, String entityType, Object entityId, String uhid, String detail);

    /** The ordinary read: the role's permissions decide. */
    record ByRole() implements ReadAccess {
        @Override
        public void check(Actor actor, Permission... needed) {
            Arrays.stream(needed).forEach(actor::require);
        }

        @Override
        public AuditRecord audit(AuditAction usual, String entityType, Object entityId, String uhid, String detail) {
            return AuditRecord.aboutPatient(usual, entityType, entityId, uhid, detail);
        }
    }

    /** A read outside the role, for an emergency, with the reason the user typed. */
    record Emergency(String reason) implements ReadAccess {
        public Emergency {
            if (reason == null || reason.isBlank()) {
                throw new ValidationException("emergency reason", CoreMessages.text("audit.emergency.reason"));
            }
            reason = reason.strip();
            if (reason.length() > MAX_REASON) {
                throw new ValidationException("emergency reason",
                        CoreMessages.text("common.tooLong", String.valueOf(MAX_REASON)));
            }
        }

        @Override
        public void check(Actor actor, Permission... needed) {
            // Any signed-in user may break the glass; the audit event and the administrators' review are the check.
        }

        @Override
        public AuditRecord audit(AuditAction usual, String entityType, Object entityId, String uhid, String detail) {
            return AuditRecord.aboutPatient(AuditAction.EMERGENCY_ACCESS, entityType, entityId, uhid,
                    usual.name() + " reason: " + reason);
        }
    }
}
