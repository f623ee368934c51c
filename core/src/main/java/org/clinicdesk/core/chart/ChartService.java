package org.clinicdesk.core.chart;

import java.util.Comparator;
import java.util.List;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.history.HistoryRepository;
import org.clinicdesk.core.notes.NoteRepository;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientRepository;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;
import org.clinicdesk.core.vitals.Vitals;
import org.clinicdesk.core.vitals.VitalsRepository;

/** Use case: open a patient's chart; only roles that may read charts and notes, and every opening is audited. */
public final class ChartService {
    private final ClinicContext ctx;
    private final PatientRepository patients;
    private final VitalsRepository vitals;
    private final NoteRepository notes;
    private final HistoryRepository history;

    public ChartService(ClinicContext ctx, PatientRepository patients, VitalsRepository vitals, NoteRepository notes,
                        HistoryRepository history) {
        this.ctx = ctx;
        this.patients = patients;
        this.vitals = vitals;
        this.notes = notes;
        this.history = history;
    }

    public Chart open(Actor actor, String uhidText) {
        actor.require(Permission.READ_CHART);
        actor.require(Permission.READ_NOTES);
        return load(actor, uhidText);
    }

    /**
     * The import's check that an imported patient's chart opens: the same assembly as {@link #open}, for the role
     * that may import records (an administrator, who does not read charts otherwise); audited as a chart opening.
     */
    public Chart checkImported(Actor actor, String uhidText) {
        actor.require(Permission.IMPORT_RECORDS);
        return load(actor, uhidText);
    }

    private Chart load(Actor actor, String uhidText) {
        Uhid uhid = Uhid.parse(uhidText);
        return ctx.tx().inTransaction(() -> {
            Patient patient = patients.findByUhid(uhid)
                    .orElseThrow(() -> new NotFoundException("Patient with UHID", uhid.value()));
            Chart chart = assemble(patient);
            ctx.audit(actor, AuditRecord.of(AuditAction.CHART_OPENED, "patient", patient.id(), uhid.value()));
            return chart;
        });
    }

    /**
     * A chart for a whole-clinic check (the flags scan): assembled like {@link #open} inside the caller's
     * transaction, for a role that reads charts; the caller audits the scan once instead of every chart.
     */
    public Chart forScan(Actor actor, Patient patient) {
        actor.require(Permission.READ_CHART);
        actor.require(Permission.READ_NOTES);
        return assemble(patient);
    }

    private Chart assemble(Patient patient) {
        List<Vitals> taken = vitals.forPatient(patient.id()).stream()
                .sorted(Comparator.comparing(Vitals::takenAt)).toList();
        List<ChartNote> written = notes.forPatient(patient.id()).stream()
                .sorted(Comparator.comparing((org.clinicdesk.core.notes.SoapNote n) -> n.createdAt()).reversed())
                .map(n -> new ChartNote(n, notes.amendmentsOf(n.id())))
                .toList();
        return new Chart(patient, taken, written, history.forPatient(patient.id()));
    }
}
