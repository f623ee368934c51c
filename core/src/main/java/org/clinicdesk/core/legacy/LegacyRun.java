package org.clinicdesk.core.legacy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.fhir.FhirSources;
import org.clinicdesk.core.fhir.ImportedSource;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryRepository;
import org.clinicdesk.core.imports.ImportProgress;
import org.clinicdesk.core.imports.ImportReport;
import org.clinicdesk.core.imports.ImportReport.NotStored;
import org.clinicdesk.core.notes.NoteRepository;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.patient.DuplicateCandidate;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PatientRepository;
import org.clinicdesk.core.patient.PatientService;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueRepository;
import org.clinicdesk.core.queue.QueueTransition;
import org.clinicdesk.core.users.Actor;

/**
 * One legacy import: the files one after another, each in its own transaction. Patients of patients.json (and of
 * earlier imports) are found again by their legacy id when queue rows, notes and history refer to them.
 */
final class LegacyRun {
    /** The legacy patient's old id as remembered, and the old system's own UHID as an identifier of the patient. */
    static final String PATIENT_KEY = LegacyFile.Kind.PATIENTS.keyPrefix;
    static final String LEGACY_UHID = "urn:clinicdesk:legacy-uhid";
    private static final int MAX_DETAILS = 20_000;

    /** The ports one import writes to. */
    record Stores(ClinicContext ctx, PatientService patientService, PatientRepository patients, QueueRepository queue,
                  NoteRepository notes, HistoryRepository history, FhirSources sources) {
    }

    private final Stores s;
    private final Actor actor;
    private final DateOrder dateOrder;
    private final ImportProgress progress;
    private final ZoneId zone = ZoneId.systemDefault();
    /** Legacy patient ids of earlier files of this import, to local ids. */
    private final Map<String, UUID> patientsOfEarlierFiles = new HashMap<>();
    /** Legacy patient ids whose record was skipped, to where it is: their rows are reported, not called orphans. */
    private final Map<String, String> skippedPatients = new HashMap<>();

    LegacyRun(Stores stores, Actor actor, DateOrder dateOrder, ImportProgress progress) {
        this.s = stores;
        this.actor = actor;
        this.dateOrder = dateOrder;
        this.progress = progress;
    }

    ImportReport.FileOutcome importFile(String file, List<LegacyRecord> records) {
        FileWork work = new FileWork(file, records);
        ImportReport.FileOutcome outcome = s.ctx().tx().inTransaction(() -> {
            work.run();
            s.ctx().audit(actor, AuditRecord.of(AuditAction.RECORDS_IMPORTED, "legacy_file", Path.of(file).getFileName(),
                    work.stored + " records from " + records.size() + " in the previous system's export"));
            return work.outcome();
        });
        patientsOfEarlierFiles.putAll(work.patientIds);
        skippedPatients.putAll(work.skipped);
        return outcome;
    }

    private final class FileWork {
        private final String file;
        private final String source;
        private final List<LegacyRecord> records;
        private final Map<String, int[]> counts = new LinkedHashMap<>();
        private final List<NotStored> notStored = new ArrayList<>();
        private final List<ImportReport.DuplicateFlag> duplicates = new ArrayList<>();
        private final List<String> uhids = new ArrayList<>();
        private final Map<String, UUID> patientIds = new HashMap<>();
        private final Map<String, String> skipped = new HashMap<>();
        private Map<String, ImportedSource> known = Map.of();
        private int stored;

        FileWork(String file, List<LegacyRecord> records) {
            this.file = file;
            this.source = "Legacy import " + Path.of(file).getFileName();
            this.records = records;
        }

        void run() {
            List<String> keys = new ArrayList<>();
            records.forEach(r -> {
                keys.add(r.sourceKey());
                keys.add(PATIENT_KEY + r.patientRef());
            });
            known = s.sources().findAll(keys);
            for (int i = 0; i < records.size(); i++) {
                progress.checkCancelled();
                progress.recordsDone(i, records.size());
                record(records.get(i));
            }
        }

        private void record(LegacyRecord r) {
            String kind = kindOf(r);
            count(kind)[0]++;
            if (known.containsKey(r.sourceKey())) {
                count(kind)[2]++;
                notStored.add(new NotStored(r.index(), "", kind, "imported before", r.pointer()));
                if (r.kind() == LegacyFile.Kind.PATIENTS) {
                    UUID id = known.get(r.sourceKey()).patientId();
                    patientIds.put(r.patientRef(), id);
                    s.patients().findById(id).ifPresent(p -> uhids.add(p.uhid().value()));
                }
                return;
            }
            LegacyFields f = new LegacyFields(r, zone, s.ctx().clock().instant());
            try {
                boolean kept = switch (r.kind()) {
                    case PATIENTS -> patient(r, f);
                    case QUEUE -> visit(r, f);
                    case NOTES -> note(r, f);
                    case HISTORY -> history(r, f);
                };
                if (kept) {
                    count(kind)[1]++;
                    stored++;
                } else {
                    count(kind)[3]++;
                    notStored.add(new NotStored(r.index(), "", kind, kind + " is not kept by ClinicDesk", r.pointer()));
                }
            } catch (ValidationException e) {
                count(kind)[4]++;
                notStored.add(new NotStored(r.index(), "", kind, "skipped: " + e.field() + ": " + e.reason(), r.pointer()));
                if (r.kind() == LegacyFile.Kind.PATIENTS) {
                    skipped.put(r.patientRef(), r.where());
                }
            }
        }

        private boolean patient(LegacyRecord r, LegacyFields f) {
            PatientDetails details = LegacyPatients.details(f, r.patientRef(), s.ctx().today(), dateOrder);
            List<DuplicateCandidate> alike = s.patientService().likelyDuplicates(actor, details);
            Patient registered = s.patientService().register(actor, details);
            for (DuplicateCandidate d : alike) {
                duplicates.add(new ImportReport.DuplicateFlag(registered.uhid().value(), registered.name().full(),
                        d.patient().uhid().value(), d.patient().name().full(), d.reasons()));
            }
            remember(r.sourceKey(), "legacy patient", registered.id(), registered.id());
            String oldUhid = f.text("uhid");
            String uhidKey = ImportedSource.IDENTIFIER_PREFIX + LEGACY_UHID + "|" + oldUhid;
            if (!oldUhid.isEmpty() && s.sources().find(uhidKey).isEmpty()) {
                remember(uhidKey, "legacy patient", registered.id(), registered.id());
            }
            patientIds.put(r.patientRef(), registered.id());
            uhids.add(registered.uhid().value());
            return true;
        }

        private boolean visit(LegacyRecord r, LegacyFields f) {
            UUID patientId = patientOf(r, f);
            LegacyVisits.Visit v = LegacyVisits.visit(f, actor.site(), s.ctx().today());
            if (s.queue().findByToken(v.day(), v.token()).isPresent()) {
                throw f.refused("token_number", "token " + v.token().value() + " of " + v.day()
                        + " is already taken by another imported row");
            }
            QueueEntry entry = new QueueEntry(s.ctx().ids().newId(), patientId, v.token(), v.day(), v.priority(),
                    v.status(), v.arrivedAt(), v.lastChange(), 0);
            s.queue().save(entry);
            String why = "imported from the previous system (" + f.text("queue_id") + ")";
            for (LegacyVisits.Move m : v.moves()) {
                s.queue().record(new QueueTransition(s.ctx().ids().newId(), entry.id(), m.from(), m.to(),
                        actor.username(), m.at(), why));
            }
            remember(r.sourceKey(), "legacy queue row", entry.id(), patientId);
            audited("queue_entry", entry.id(), patientId, "past visit " + v.token().value() + " of " + v.day());
            return true;
        }

        private boolean note(LegacyRecord r, LegacyFields f) {
            UUID patientId = patientOf(r, f);
            String noteId = f.text("note_id").isEmpty() ? r.pointer() : f.text("note_id");
            SoapNote note = LegacyNotes.note(f, s.ctx().ids().newId(), patientId, noteId, zone);
            s.notes().save(note);
            remember(r.sourceKey(), "legacy note", note.id(), patientId);
            audited("soap_note", note.id(), patientId, "signed legacy note " + noteId);
            return true;
        }

        private boolean history(LegacyRecord r, LegacyFields f) {
            UUID patientId = patientOf(r, f);
            Optional<List<LegacyHistory.Draft>> drafts = LegacyHistory.entries(f);
            if (drafts.isEmpty()) {
                return false;
            }
            String json = r.node().toString();
            String details = json.length() <= MAX_DETAILS ? json : "The source record was longer than " + MAX_DETAILS
                    + " characters and is not kept whole; its summary is above.";
            UUID first = null;
            for (LegacyHistory.Draft d : drafts.get()) {
                HistoryEntry entry = new HistoryEntry(s.ctx().ids().newId(), patientId, d.kind(), d.date(), d.summary(),
                        details, source, actor.username(), s.ctx().clock().instant());
                s.history().save(entry);
                first = first == null ? entry.id() : first;
            }
            remember(r.sourceKey(), "legacy history", first, patientId);
            return true;
        }

        /** One imported visit or note, audited as its own record (its event vouches for it, see RowDigest). */
        private void audited(String entityType, UUID id, UUID patientId, String what) {
            String uhid = s.patients().findById(patientId).map(p -> p.uhid().value()).orElse("");
            s.ctx().audit(actor, AuditRecord.aboutPatient(AuditAction.RECORD_IMPORTED, entityType, id, uhid,
                    what + " from the previous system"));
        }

        /** The local patient a row belongs to; a row for a patient the export does not hold is an orphan. */
        private UUID patientOf(LegacyRecord r, LegacyFields f) {
            if (!r.node().isObject()) {
                throw f.refused("", "is " + LegacyFile.type(r.node()) + ", not a record");
            }
            String ref = r.patientRef();
            String own = f.text("patient_id");
            if (r.kind() != LegacyFile.Kind.QUEUE && !own.isEmpty() && !own.equals(ref)) {
                throw f.refused("patient_id", "'" + own + "' differs from '" + ref + "', the patient it is filed under");
            }
            if (ref.isEmpty()) {
                throw f.refused("patient_id", "is missing: every row must say whose it is");
            }
            UUID id = patientsOfEarlierFiles.get(ref);
            if (id == null) {
                id = Optional.ofNullable(known.get(PATIENT_KEY + ref)).map(ImportedSource::patientId).orElse(null);
            }
            if (id != null) {
                return id;
            }
            String skippedAt = skippedPatients.get(ref);
            throw f.refused("patient_id", skippedAt != null
                    ? "patient " + ref + " was not imported (see " + skippedAt + ")"
                    : "orphan: patient " + ref + " is not in patients.json and was not imported before");
        }

        private void remember(String key, String type, UUID target, UUID patientId) {
            s.sources().remember(new ImportedSource(key, type, target, patientId, file, s.ctx().clock().instant(),
                    actor.username()));
        }

        private int[] count(String kind) {
            return counts.computeIfAbsent(kind, k -> new int[5]);
        }

        ImportReport.FileOutcome outcome() {
            Map<String, ImportReport.TypeCount> typed = new LinkedHashMap<>();
            counts.forEach((t, c) -> typed.put(t, new ImportReport.TypeCount(c[0], c[1], c[2], c[3], c[4])));
            return new ImportReport.FileOutcome(file, ImportReport.FileStatus.IMPORTED, "", typed, notStored,
                    duplicates, uhids);
        }
    }

    /** What the report counts a record as: patient, queue visit, note, or the history record's type. */
    static String kindOf(LegacyRecord r) {
        return switch (r.kind()) {
            case PATIENTS -> "patient";
            case QUEUE -> "queue visit";
            case NOTES -> "note";
            case HISTORY -> {
                String type = LegacyFile.text(r.node(), "type");
                yield type.isEmpty() ? "history (no type)" : type.toLowerCase(java.util.Locale.ROOT);
            }
        };
    }
}
