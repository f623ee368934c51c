package org.clinicdesk.core.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryRepository;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.NoteRepository;
import org.clinicdesk.core.notes.NoteService;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientRepository;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Use case: export patients as one FHIR R4 collection Bundle (a document Bundle would need a Composition that
 * attests the content, which an export of stored records is not). Every export is audited per patient.
 */
public final class FhirExportService {
    private final ClinicContext ctx;
    private final PatientRepository patients;
    private final HistoryRepository history;
    private final FhirSources sources;
    private final NoteRepository notes;

    public FhirExportService(ClinicContext ctx, PatientRepository patients, HistoryRepository history, FhirSources sources,
                             NoteRepository notes) {
        this.ctx = ctx;
        this.notes = notes;
        this.patients = patients;
        this.history = history;
        this.sources = sources;
    }

    /** The given patients (by UHID), or every patient when none is given. */
    public Bundle export(Actor actor, List<String> uhids) {
        actor.require(Permission.EXPORT_RECORDS);
        return ctx.tx().inTransaction(() -> {
            List<Patient> chosen = new ArrayList<>();
            if (uhids.isEmpty()) {
                chosen.addAll(patients.all());
            } else {
                for (String text : uhids) {
                    Uhid uhid = Uhid.parse(text);
                    chosen.add(patients.findByUhid(uhid).orElseThrow(() -> new NotFoundException("notFound.patient", uhid.value())));
                }
            }
            Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
            bundle.setTimestamp(java.util.Date.from(ctx.clock().instant()));
            for (Patient p : chosen) {
                List<HistoryEntry> entries = history.forPatient(p.id());
                Map<SoapNote, NoteContent> signed = new LinkedHashMap<>();
                for (SoapNote n : notes.forPatient(p.id())) {
                    signed.put(n, new NoteService.NoteWithAmendments(n, notes.amendmentsOf(n.id())).current());
                }
                for (Resource r : FhirRecordExport.resources(p, entries, sources.forPatient(p.id()), signed)) {
                    bundle.addEntry().setFullUrl("urn:uuid:" + r.getIdElement().getIdPart()).setResource(r);
                }
                ctx.audit(actor, AuditRecord.of(AuditAction.RECORDS_EXPORTED, "patient", p.id(), p.uhid().value()));
            }
            return bundle;
        });
    }
}
