package org.clinicdesk.core.chart;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.audit.ReadAccess;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.documents.DocumentRepository;
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
    private final DocumentRepository documents;

    public ChartService(ClinicContext ctx, PatientRepository patients, VitalsRepository vitals, NoteRepository notes,
                        HistoryRepository history, DocumentRepository documents) {
        this.documents = documents;
        this.ctx = ctx;
        this.patients = patients;
        this.vitals = vitals;
        this.notes = notes;
        this.history = history;
    }

    public Chart open(Actor actor, String uhidText) {
        return open(actor, uhidText, ReadAccess.byRole());
    }

    /** Opens the chart on the given grounds: the role's permissions, or an emergency with its reason. */
    public Chart open(Actor actor, String uhidText, ReadAccess access) {
        access.check(actor, Permission.READ_CHART, Permission.READ_NOTES);
        return load(actor, uhidText, access);
    }

    /**
     * Exports a visit summary of one of the patient's notes: {@code write} makes the file (the PDF is the app's), and
     * the export is audited in the same transaction, so a failed write leaves no event and a written file one.
     */
    public <T> T exportSummary(Actor actor, Patient patient, UUID noteId, Supplier<T> write) {
        actor.require(Permission.READ_CHART);
        actor.require(Permission.READ_NOTES);
        return ctx.tx().inTransaction(() -> {
            T written = write.get();
            ctx.audit(actor, AuditRecord.aboutPatient(AuditAction.SUMMARY_EXPORTED, "soap_note", noteId,
                    patient.uhid().value(), ""));
            return written;
        });
    }

    /**
     * The import's check that an imported patient's chart opens: the same assembly as {@link #open}, for the role
     * that may import records (an administrator, who does not read charts otherwise); audited as a chart opening.
     */
    public Chart checkImported(Actor actor, String uhidText) {
        actor.require(Permission.IMPORT_RECORDS);
        return load(actor, uhidText, ReadAccess.byRole());
    }

    private Chart load(Actor actor, String uhidText, ReadAccess access) {
        Uhid uhid = Uhid.parse(uhidText);
        return ctx.tx().inTransaction(() -> {
            Patient patient = patients.findByUhid(uhid)
                    .orElseThrow(() -> new NotFoundException("Patient with UHID", uhid.value()));
            List<Vitals> taken = vitals.forPatient(patient.id()).stream()
                    .sorted(Comparator.comparing(Vitals::takenAt)).toList();
            List<ChartNote> written = notes.forPatient(patient.id()).stream()
                    .sorted(Comparator.comparing((org.clinicdesk.core.notes.SoapNote n) -> n.createdAt()).reversed())
                    .map(n -> new ChartNote(n, notes.amendmentsOf(n.id())))
                    .toList();
            Chart chart = new Chart(patient, taken, written, history.forPatient(patient.id()),
                    documents.forPatient(patient.id()));
            ctx.audit(actor, access.audit(AuditAction.CHART_OPENED, "patient", patient.id(), uhid.value(), ""));
            return chart;
        });
    }
}
