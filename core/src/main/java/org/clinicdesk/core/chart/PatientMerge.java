package org.clinicdesk.core.chart;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientAliases;
import org.clinicdesk.core.patient.PatientRepository;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;

/**
 * Use case: one person registered twice (often at two desks offline) becomes one patient. The kept patient keeps its
 * UHID; the other record stays, marked merged and pointing at it, so its UHID is an alias and its visits, notes (signed
 * notes never move), documents and history show in the kept patient's chart. Doctors and administrators may merge:
 * a wrong merge puts one person's medicines and allergies in another's chart, so it is for someone who answers for
 * the records, not the front desk (reception sees the duplicate warning and asks). Any two patients may be merged,
 * not only a flagged pair: the flag is a hint, the reason is required and audited.
 */
public final class PatientMerge {
    static final int MAX_REASON = 500;
    private final ClinicContext ctx;
    private final PatientRepository patients;
    private final ChartService charts;
    private final PatientAliases aliases;

    public PatientMerge(ClinicContext ctx, PatientRepository patients, ChartService charts) {
        this.ctx = ctx;
        this.patients = patients;
        this.charts = charts;
        this.aliases = new PatientAliases(patients);
    }

    /** The two patients side by side, as the merge screen shows them; audited as a look at both registrations. */
    public List<MergeSide> preview(Actor actor, String firstUhid, String secondUhid) {
        actor.require(Permission.MERGE_PATIENTS);
        return ctx.tx().inTransaction(() -> {
            Patient first = mergeable(firstUhid, "first");
            Patient second = mergeable(secondUhid, "second");
            refuseSame(first, second);
            ctx.audit(actor, AuditRecord.aboutPatient(AuditAction.PATIENT_SEARCHED, "patient", first.id(),
                    first.uhid().value(), "merge preview with " + second.uhid().value()));
            return List.of(side(first), side(second));
        });
    }

    /**
     * Merges {@code aliasUhid} into {@code keepUhid}: the alias's record is marked merged and points at the kept one
     * (a field of the patient row, so it syncs like a name change); one audit event with both UHIDs and the reason.
     */
    public Patient merge(Actor actor, String keepUhid, String aliasUhid, String reason) {
        actor.require(Permission.MERGE_PATIENTS);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ValidationException("reason", CoreMessages.text("merge.reason.missing"));
        }
        if (why.length() > MAX_REASON) {
            throw new ValidationException("reason", CoreMessages.text("merge.reason.tooLong", MAX_REASON));
        }
        return ctx.tx().inTransaction(() -> {
            Patient kept = mergeable(keepUhid, "keep");
            Patient alias = mergeable(aliasUhid, "alias");
            refuseSame(kept, alias);
            Patient merged = alias.asAliasOf(kept);
            patients.save(merged);
            ctx.audit(actor, AuditRecord.aboutPatient(AuditAction.PATIENT_MERGED, "patient", alias.id(),
                    alias.uhid().value(), "merged into " + kept.uhid().value() + ": " + why));
            return merged;
        });
    }

    private Patient mergeable(String uhidText, String field) {
        Uhid uhid;
        try {
            uhid = Uhid.parse(uhidText);
        } catch (ValidationException e) {
            throw new ValidationException(field, e.reason());
        }
        Patient p = patients.findByUhid(uhid).orElseThrow(() -> new NotFoundException("notFound.patient", uhid.value()));
        if (aliases.isAlias(p)) {
            throw new RuleViolationException(CoreMessages.text("merge.alreadyMerged", uhid.value(),
                    aliases.keptFor(p).uhid().value()));
        }
        return p;
    }

    private static void refuseSame(Patient a, Patient b) {
        if (a.id().equals(b.id())) {
            throw new ValidationException("alias", CoreMessages.text("merge.same", a.uhid().value()));
        }
    }

    private MergeSide side(Patient p) {
        Chart chart = charts.assembled(p);
        ZoneId zone = ZoneId.systemDefault();
        TreeSet<LocalDate> days = new TreeSet<>();
        Stream.concat(chart.vitals().stream().map(v -> v.takenAt()),
                        chart.notes().stream().map(n -> n.note().createdAt()))
                .forEach(at -> days.add(at.atZone(zone).toLocalDate()));
        return new MergeSide(p, days.size(), days.isEmpty() ? null : days.last());
    }
}
