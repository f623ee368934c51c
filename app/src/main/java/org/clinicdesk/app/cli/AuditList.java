package org.clinicdesk.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditEvent;
import org.clinicdesk.core.audit.AuditQuery;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code audit list}: the administrators' view of the trail, newest first, filtered by patient, user, action, day. */
@Command(name = "list", description = {"List audit events, newest first (administrators; at most 10,000).",
        "Filters combine: --patient UHID, --by NAME (the user who acted), --action A (e.g. CHART_OPENED, NOTE_READ), --day YYYY-MM-DD",
        "(this computer's time zone); --emergency lists the emergency accesses to review."})
final class AuditList implements Callable<Integer> {
    @ParentCommand
    private AuditCommands group;

    @Spec
    private CommandSpec spec;

    @Option(names = "--patient", paramLabel = "UHID", description = "Only events about this patient.")
    private String patient;

    // Not --user: that is every verb's acting user (it may follow the command), so the filter is --by.
    @Option(names = "--by", paramLabel = "NAME", description = "Only events by this user (--user is who runs the command).")
    private String user;

    @Option(names = "--action", paramLabel = "ACTION", description = "Only this action.")
    private String action;

    @Option(names = "--day", paramLabel = "YYYY-MM-DD", description = "Only this day.")
    private String day;

    @Option(names = "--emergency", description = "Only emergency accesses (same as --action EMERGENCY_ACCESS).")
    private boolean emergency;

    @Option(names = "--json", description = "Print one JSON document: {count, events: [{site, sequence, at, user, "
            + "action, patient, entityType, entityId, detail}]}.")
    private boolean json;

    /** Fields of {@code audit list --json}; {@code patient} is the UHID the event is about, or null. */
    record Listed(int count, List<EventLine> events) {
    }

    record EventLine(String site, long sequence, Instant at, String user, String action, String patient,
                     String entityType, String entityId, String detail) {
        static EventLine of(AuditEvent e) {
            return new EventLine(e.site(), e.sequence(), e.occurredAt(), e.username(), e.action(),
                    AuditRecord.patientOf(e.detail()).orElse(null), e.entityType(), e.entityId(), e.detail());
        }
    }

    @Override
    public Integer call() {
        if (emergency && action != null && AuditQuery.parseAction(action) != AuditAction.EMERGENCY_ACCESS) {
            throw new ValidationException("action", "--emergency lists EMERGENCY_ACCESS only; leave out --action " + action);
        }
        AuditQuery query = new AuditQuery(Optional.ofNullable(patient), Optional.ofNullable(user),
                emergency ? Optional.of(AuditAction.EMERGENCY_ACCESS.name()) : Optional.ofNullable(action),
                Optional.ofNullable(day).map(AuditList::parseDay));
        List<EventLine> events;
        try (Session session = group.root.signIn()) {
            events = session.services().audit().list(session.actor(), query, ZoneId.systemDefault()).stream()
                    .map(EventLine::of).toList();
        }
        Output out = Output.of(spec);
        if (json) {
            out.json(new Listed(events.size(), events));
        } else if (events.isEmpty()) {
            out.note("No audit event matches.");
        } else {
            events.forEach(e -> out.line(String.join("  ", e.at().toString(), e.site() + "#" + e.sequence(), e.user(),
                    e.action(), e.entityType() + (e.entityId().isEmpty() ? "" : " " + e.entityId()), e.detail())));
        }
        return ExitCode.OK;
    }

    private static LocalDate parseDay(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("day", "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
