package org.clinicdesk.core.vitals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;

/** Use cases: record vitals (scored with NEWS2) and read them back. */
public final class VitalsService {
    private final ClinicContext ctx;
    private final VitalsRepository vitals;

    public VitalsService(ClinicContext ctx, VitalsRepository vitals) {
        this.ctx = ctx;
        this.vitals = vitals;
    }

    public Vitals record(Actor actor, Patient patient, VitalSigns signs) {
        actor.require(Permission.RECORD_VITALS);
        return ctx.tx().inTransaction(() -> {
            News2Score score = News2.score(signs);
            Vitals v = new Vitals(ctx.ids().newId(), patient.id(), ctx.clock().instant(), actor.username(), signs, score);
            vitals.save(v);
            ctx.audit(actor, AuditRecord.of(AuditAction.VITALS_RECORDED, "vitals", v.id(),
                    patient.uhid().value() + " NEWS2 " + score.total()));
            return v;
        });
    }

    public List<Vitals> history(Actor actor, Patient patient) {
        actor.require(Permission.READ_CHART);
        return ctx.tx().inTransaction(() -> vitals.forPatient(patient.id()));
    }

    /** Whether the patient had vitals taken today: the board's marker. */
    public boolean takenToday(UUID patientId) {
        return vitals.existsSince(patientId, startOfToday());
    }

    /** Those of the patients who had vitals taken today, in one read: the markers of a whole board. */
    public Set<UUID> takenToday(Collection<UUID> patientIds) {
        return patientIds.isEmpty() ? Set.of() : vitals.withVitalsSince(patientIds, startOfToday());
    }

    private Instant startOfToday() {
        return ctx.today().atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    /** The NEWS2 of today's latest vitals, for the board's column; like {@link #takenToday} it shows no values. */
    public java.util.Optional<News2Score> news2Today(java.util.UUID patientId) {
        var startOfDay = ctx.today().atStartOfDay(ZoneId.systemDefault()).toInstant();
        return ctx.tx().inTransaction(() -> vitals.latestFor(patientId)
                .filter(v -> !v.takenAt().isBefore(startOfDay))
                .map(Vitals::news2));
    }
}
