package org.clinicdesk.core.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.clinicdesk.core.audit.AuditLog;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.transaction.Sequences;
import org.clinicdesk.core.transaction.UnitOfWork;
import org.clinicdesk.core.users.Actor;

/** The ports every use case needs: transactions, the audit log, the clock, ids and local counters. */
public record ClinicContext(UnitOfWork tx, AuditLog audit, Clock clock, IdGenerator ids, Sequences sequences) {

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    public void audit(Actor actor, AuditRecord record) {
        audit.append(actor.username(), record);
    }
}
