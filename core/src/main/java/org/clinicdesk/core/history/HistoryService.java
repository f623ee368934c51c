package org.clinicdesk.core.history;

import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;

/** Use cases: add past records to a patient's history and read them. */
public final class HistoryService {
    private final ClinicContext ctx;
    private final HistoryRepository history;

    public HistoryService(ClinicContext ctx, HistoryRepository history) {
        this.ctx = ctx;
        this.history = history;
    }

    public HistoryEntry add(Actor actor, Patient patient, HistoryKind kind, LocalDate date, String summary,
                            String details, String source) {
        actor.require(Permission.ADD_HISTORY);
        if (summary == null || summary.isBlank()) {
            throw new ValidationException("summary", CoreMessages.text("common.missing"));
        }
        if (date != null && date.isAfter(ctx.today())) {
            throw new ValidationException("date", CoreMessages.text("common.future", date));
        }
        return ctx.tx().inTransaction(() -> {
            HistoryEntry entry = new HistoryEntry(ctx.ids().newId(), patient.id(), kind, date, summary.strip(),
                    details == null ? "" : details.strip(), source == null ? "typed" : source, actor.username(),
                    ctx.clock().instant());
            history.save(entry);
            ctx.audit(actor, AuditRecord.of(AuditAction.HISTORY_ADDED, "history_entry", entry.id(),
                    patient.uhid().value() + " " + kind));
            return entry;
        });
    }

    public List<HistoryEntry> forPatient(Actor actor, Patient patient) {
        actor.require(Permission.READ_CHART);
        return ctx.tx().inTransaction(() -> history.forPatient(patient.id()));
    }
}
