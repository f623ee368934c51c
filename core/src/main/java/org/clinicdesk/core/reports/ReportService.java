package org.clinicdesk.core.reports;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.function.Supplier;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;
import org.clinicdesk.core.users.UserRepository;

/**
 * Use case: a day sheet or a month summary of the clinic (doctors and administrators). The figures are read in one
 * transaction in the clinic's time zone, and every report prepared is audited, since a day sheet names patients.
 */
public final class ReportService {
    private final ClinicContext ctx;
    private final ReportSource source;
    private final UserRepository users;
    private final Supplier<String> clinicName;
    private final ZoneId zone;

    public ReportService(ClinicContext ctx, ReportSource source, UserRepository users, Supplier<String> clinicName,
                         ZoneId zone) {
        this.ctx = ctx;
        this.source = source;
        this.users = users;
        this.clinicName = clinicName;
        this.zone = zone;
    }

    public ClinicReport prepare(Actor actor, ReportPeriod period) {
        actor.require(Permission.VIEW_REPORTS);
        return ctx.tx().inTransaction(() -> {
            ClinicReport report = ReportFigures.compute(period, clinicName.get(), zone, ctx.clock().instant(),
                    source.visits(period.first(), period.last()),
                    source.notesSignedBetween(period.start(zone), period.end(zone)), staffNames());
            ctx.audit(actor, AuditRecord.of(AuditAction.REPORT_PREPARED, "report", null,
                    period.kind() + " " + period.first() + ".." + period.last()));
            return report;
        });
    }

    /**
     * The daily register of one day (doctors and administrators): every queue entry in order of arrival with the
     * diagnoses of the note signed on that visit. Read in one transaction and audited, since it names patients.
     */
    public DailyRegister register(Actor actor, java.time.LocalDate day) {
        actor.require(Permission.VIEW_REPORTS);
        ReportPeriod period = ReportPeriod.day(day);
        return ctx.tx().inTransaction(() -> {
            DailyRegister register = DailyRegister.compute(day, clinicName.get(), zone, source.visits(day, day),
                    source.notesSignedBetween(period.start(zone), later(period.end(zone), ctx.clock().instant())),
                    staffNames());
            ctx.audit(actor, AuditRecord.of(AuditAction.REPORT_PREPARED, "report", null, "register " + day));
            return register;
        });
    }

    /** A note signed after the day (the doctor finished it late) still belongs to that day's visit. */
    private static java.time.Instant later(java.time.Instant a, java.time.Instant b) {
        return a.isAfter(b) ? a : b.plusSeconds(1);
    }

    /** "Dev Sharma (dev)" for a user with a full name, else the user name; asked once per user per report. */
    private UnaryOperator<String> staffNames() {
        Map<String, String> names = new HashMap<>();
        return username -> names.computeIfAbsent(username, u -> users.findByUsername(u)
                .filter(user -> !user.displayName().equals(u)).map(user -> user.displayName() + " (" + u + ")")
                .orElse(u));
    }
}
