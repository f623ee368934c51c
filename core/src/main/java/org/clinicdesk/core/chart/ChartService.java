package org.clinicdesk.core.chart;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.audit.ReadAccess;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.documents.DocumentRepository;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryRepository;
import org.clinicdesk.core.notes.NoteRepository;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientAliases;
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
    private final PatientAliases aliases;

    public ChartService(ClinicContext ctx, PatientRepository patients, VitalsRepository vitals, NoteRepository notes,
                        HistoryRepository history, DocumentRepository documents) {
        this.documents = documents;
        this.ctx = ctx;
        this.patients = patients;
        this.vitals = vitals;
        this.notes = notes;
        this.history = history;
        this.aliases = new PatientAliases(patients);
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
     * Exports a visit summary of one signed note: the chart is assembled for it (not audited as a chart opening),
     * {@code write} makes the file from the chart and the note (the PDF is the app's), and the export is the one audit
     * event, in the same transaction: a failed write leaves no event, a written file exactly one.
     */
    public <T> T exportSummary(Actor actor, UUID noteId, BiFunction<Chart, ChartNote, T> write) {
        actor.require(Permission.READ_CHART);
        actor.require(Permission.READ_NOTES);
        return ctx.tx().inTransaction(() -> {
            SoapNote note = notes.findById(noteId).orElseThrow(() -> new NotFoundException("notFound.note", noteId.toString()));
            if (!note.isSigned()) {
                throw new RuleViolationException(CoreMessages.text("chart.summary.draft", String.valueOf(noteId)));
            }
            Patient patient = patients.findById(note.patientId())
                    .orElseThrow(() -> new NotFoundException("notFound.patientOfNote", noteId.toString()));
            Chart chart = assemble(patient);
            ChartNote printed = chart.notes().stream().filter(n -> n.note().id().equals(noteId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("notFound.note", noteId.toString()));
            T written = write.apply(chart, printed);
            ctx.audit(actor, AuditRecord.aboutPatient(AuditAction.SUMMARY_EXPORTED, "soap_note", noteId,
                    patient.uhid().value(), ""));
            return written;
        });
    }

    /** What the import's check reports of one chart: it opened, with this many history entries and notes. */
    public record ChartSize(int historyEntries, int notes) {
    }

    /**
     * The import's check that imported patients' charts open, for the role that may import records (an
     * administrator, who does not read charts otherwise), many at once and without assembling them: every UHID is
     * resolved to the chart {@link #open} would show (aliases followed the same way; the patients of all UHIDs read
     * at once, and their aliases at once for each step of a merge chain), the history entries and notes of all of
     * them are counted in one query each, and each chart is audited as an opening. A UHID that does not
     * open is handed to {@code refused} with its reason (and not audited); the others are still checked.
     */
    public Map<String, ChartSize> checkImported(Actor actor, Collection<String> uhidTexts,
                                                BiConsumer<String, RuntimeException> refused) {
        actor.require(Permission.IMPORT_RECORDS);
        return ctx.tx().inTransaction(() -> {
            Map<String, Uhid> asked = new LinkedHashMap<>();
            for (String uhidText : uhidTexts) {
                try {
                    asked.put(uhidText, Uhid.parse(uhidText));
                } catch (RuntimeException e) {
                    refused.accept(uhidText, e);
                }
            }
            Map<Uhid, Patient> byUhid = patients.findByUhids(asked.values());
            Map<String, Patient> found = new LinkedHashMap<>();
            Map<String, Patient> keptOf = new LinkedHashMap<>();
            asked.forEach((uhidText, uhid) -> {
                try {
                    Patient patient = byUhid.get(uhid);
                    if (patient == null) {
                        throw new NotFoundException("notFound.patient", uhid.value());
                    }
                    keptOf.put(uhidText, aliases.keptFor(patient));
                    found.put(uhidText, patient);
                } catch (RuntimeException e) {
                    refused.accept(uhidText, e);
                }
            });
            Map<UUID, List<Patient>> aliasesByKept = aliases.aliasesOfAll(keptOf.values());
            Map<String, List<Patient>> members = new LinkedHashMap<>();
            keptOf.forEach((uhidText, kept) -> {
                List<Patient> all = new java.util.ArrayList<>(List.of(kept));
                all.addAll(aliasesByKept.get(kept.id()));
                members.put(uhidText, all);
            });
            Set<UUID> ids = new HashSet<>();
            members.values().forEach(all -> all.forEach(p -> ids.add(p.id())));
            Map<UUID, Integer> historyCounts = history.countsFor(ids);
            Map<UUID, Integer> noteCounts = notes.countsFor(ids);
            Map<String, ChartSize> sizes = new LinkedHashMap<>();
            members.forEach((uhidText, all) -> {
                Patient kept = all.get(0);
                Patient patient = found.get(uhidText);
                sizes.put(uhidText, new ChartSize(
                        all.stream().mapToInt(p -> historyCounts.getOrDefault(p.id(), 0)).sum(),
                        all.stream().mapToInt(p -> noteCounts.getOrDefault(p.id(), 0)).sum()));
                ctx.audit(actor, ReadAccess.byRole().audit(AuditAction.CHART_OPENED, "patient", kept.id(),
                        kept.uhid().value(), patient.id().equals(kept.id()) ? "" : "opened by alias " + asked.get(uhidText).value()));
            });
            return sizes;
        });
    }

    private Chart load(Actor actor, String uhidText, ReadAccess access) {
        Uhid uhid = Uhid.parse(uhidText);
        return ctx.tx().inTransaction(() -> {
            Patient found = patients.findByUhid(uhid)
                    .orElseThrow(() -> new NotFoundException("notFound.patient", uhid.value()));
            Chart chart = assemble(found);
            Patient patient = chart.patient();
            ctx.audit(actor, access.audit(AuditAction.CHART_OPENED, "patient", patient.id(), patient.uhid().value(),
                    found.id().equals(patient.id()) ? "" : "opened by alias " + uhid.value()));
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

    /** The chart of this patient (or of the patient it was merged into), not audited: for the merge screen's counts. */
    Chart assembled(Patient patient) {
        return assemble(patient);
    }

    /**
     * The kept patient's records with those of every alias merged into it (a merge moves nothing: signed notes stay
     * where they were written); the allergies are those of all of them.
     */
    private Chart assemble(Patient patientOrAlias) {
        Patient kept = aliases.keptFor(patientOrAlias);
        List<Patient> merged = aliases.aliasesOf(kept);
        List<Patient> all = new java.util.ArrayList<>(List.of(kept));
        all.addAll(merged);
        List<Vitals> taken = all.stream().flatMap(p -> vitals.forPatient(p.id()).stream())
                .sorted(Comparator.comparing(Vitals::takenAt)).toList();
        List<ChartNote> written = all.stream().flatMap(p -> notes.forPatient(p.id()).stream())
                .sorted(Comparator.comparing(SoapNote::createdAt).reversed())
                .map(n -> new ChartNote(n, notes.amendmentsOf(n.id())))
                .toList();
        List<HistoryEntry> histories = all.stream().flatMap(p -> history.forPatient(p.id()).stream()).toList();
        List<Document> attached = all.stream().flatMap(p -> documents.forPatient(p.id()).stream()).toList();
        Patient patient = merged.isEmpty() ? kept : kept.withAllergies(all.stream()
                .flatMap(p -> p.allergies().stream()).distinct().toList());
        return new Chart(patient, taken, written, histories, attached, merged);
    }
}
