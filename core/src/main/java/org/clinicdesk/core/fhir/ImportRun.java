package org.clinicdesk.core.fhir;

import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.fhir.FhirImportService.Mode;
import org.clinicdesk.core.fhir.FhirImportService.SourceEntry;
import org.clinicdesk.core.imports.ImportProgress;
import org.clinicdesk.core.imports.ImportReport;
import org.clinicdesk.core.imports.ImportReport.DuplicateFlag;
import org.clinicdesk.core.imports.ImportReport.NotStored;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryRepository;
import org.clinicdesk.core.patient.DuplicateCandidate;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PatientRepository;
import org.clinicdesk.core.patient.PatientService;
import org.clinicdesk.core.users.Actor;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * One import: files one after another, each in its own transaction. Patients found in earlier files of the same
 * import resolve references from later ones (bulk NDJSON keeps Patient and Observation in separate files).
 */
final class ImportRun {
    /** Where a refusal points: a FHIR path, as named in the standard (not translated). */
    private static final String DATE = "date";
    private static final String ALLERGY_CODE = "AllergyIntolerance.code";
    private static final Pattern RELATIVE = Pattern.compile("[A-Z][A-Za-z]+/[A-Za-z0-9\\-.]{1,64}");
    private final ClinicContext ctx;
    private final Actor actor;
    private final PatientService patientService;
    private final PatientRepository patients;
    private final HistoryRepository history;
    private final FhirSources sources;
    private final FhirTerser terser = FhirJson.context().newTerser();
    private final IParser encoder = FhirJson.parser().setPrettyPrint(false);
    /** Source references of patients committed by earlier files of this import, to local patient ids. */
    private final Map<String, UUID> patientsOfEarlierFiles = new HashMap<>();
    private final Set<String> keysOfEarlierFiles = new HashSet<>();
    /** The clinic's phone region for the duplicate check, read once for the whole import, not once per patient. */
    private String phoneRegion;

    private final ImportProgress progress;

    ImportRun(ClinicContext ctx, Actor actor, PatientService patientService, PatientRepository patients,
              HistoryRepository history, FhirSources sources, ImportProgress progress) {
        this.progress = progress;
        this.ctx = ctx;
        this.actor = actor;
        this.patientService = patientService;
        this.patients = patients;
        this.history = history;
        this.sources = sources;
    }

    ImportReport.FileOutcome importFile(String file, List<SourceEntry> entries, Mode mode) {
        FileWork work = new FileWork(file, entries);
        ImportReport.FileOutcome outcome;
        try {
            outcome = ctx.tx().inTransaction(() -> {
                work.run();
                ImportReport.FileOutcome done = work.outcome();
                ctx.audit(actor, AuditRecord.of(AuditAction.RECORDS_IMPORTED, "fhir_file", Path.of(file).getFileName(),
                        work.storedTotal() + " records from " + entries.size() + " resources"));
                if (mode == Mode.DRY_RUN) {
                    throw new DryRun(done);
                }
                return done;
            });
        } catch (DryRun dry) {
            outcome = dry.outcome;
        }
        // Later files of this import may refer to what this one held (in a dry run, to what it would have held:
        // the whole dry run is one transaction that is rolled back at the end).
        patientsOfEarlierFiles.putAll(work.patientByRef);
        keysOfEarlierFiles.addAll(work.index);
        return outcome;
    }

    /** Thrown at the end of a dry run so that the transaction rolls back everything it wrote. */
    static final class DryRun extends RuntimeException {
        private final transient ImportReport.FileOutcome outcome;

        DryRun(ImportReport.FileOutcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    private final class FileWork {
        private final String file;
        private final String source;
        private final List<SourceEntry> entries;
        private final Set<String> index = new HashSet<>();
        private final Map<String, UUID> patientByRef = new HashMap<>();
        private final Map<String, int[]> counts = new LinkedHashMap<>();
        private final List<NotStored> notStored = new ArrayList<>();
        private final List<DuplicateFlag> duplicates = new ArrayList<>();
        private final List<String> uhids = new ArrayList<>();
        private final Set<String> rememberedNow = new HashSet<>();
        /** Allergies of this file to add to each patient, in file order (one patient edit each, at the end). */
        private final Map<UUID, List<String>> allergiesToAdd = new LinkedHashMap<>();
        /** The file's new history entries and remembered sources, written together at its end. */
        private final List<HistoryEntry> newHistory = new ArrayList<>();
        private final List<ImportedSource> newSources = new ArrayList<>();
        /** The file's source keys that were imported before, read in one query. */
        private final Map<String, ImportedSource> known = new HashMap<>();

        FileWork(String file, List<SourceEntry> entries) {
            this.file = file;
            String name = Path.of(file).getFileName().toString();
            this.source = ("FHIR import " + name).length() > 200 ? ("FHIR import " + name).substring(0, 200) : "FHIR import " + name;
            this.entries = entries;
            for (SourceEntry e : entries) {
                index.add(e.key());
                index.add(e.resource().fhirType() + "/" + e.resource().getIdElement().getIdPart());
            }
        }

        void run() {
            List<String> keys = new ArrayList<>();
            for (SourceEntry e : entries) {
                count(e.resource().fhirType())[0]++;
                keys.add(e.key());
                if (e.resource() instanceof org.hl7.fhir.r4.model.Patient p) {
                    keys.addAll(FhirPatientMapping.identifierKeys(p));
                }
            }
            known.putAll(sources.findAll(keys));
            for (SourceEntry e : entries) {
                if (e.resource() instanceof org.hl7.fhir.r4.model.Patient p) {
                    patient(e, p);
                }
            }
            int done = 0;
            for (SourceEntry e : entries) {
                progress.checkCancelled();
                progress.recordsDone(done++, entries.size());
                String type = e.resource().fhirType();
                if (!FhirHistoryMapping.kept(type)) {
                    count(type)[3]++;
                    notStored.add(new NotStored(e.index(), e.fullUrl(), type, type + " is not kept by ClinicDesk"));
                } else if (!type.equals("Patient")) {
                    clinical(e);
                }
            }
            history.addAll(newHistory);
            sources.rememberAll(newSources);
            recordAllergies();
        }

        private int[] count(String type) {
            return counts.computeIfAbsent(type, t -> new int[4]);
        }

        int storedTotal() {
            return counts.values().stream().mapToInt(c -> c[1]).sum();
        }

        ImportReport.FileOutcome outcome() {
            Map<String, ImportReport.TypeCount> typed = new LinkedHashMap<>();
            counts.forEach((t, c) -> typed.put(t, new ImportReport.TypeCount(c[0], c[1], c[2], c[3])));
            return new ImportReport.FileOutcome(file, ImportReport.FileStatus.IMPORTED, "", typed, notStored,
                    duplicates, uhids);
        }

        private void patient(SourceEntry e, org.hl7.fhir.r4.model.Patient p) {
            checkReferences(e);
            List<String> keys = new ArrayList<>(FhirPatientMapping.identifierKeys(p));
            keys.add(e.key());
            Optional<UUID> before = keys.stream().map(known::get).filter(s -> s != null)
                    .map(ImportedSource::patientId).filter(id -> id != null).findFirst();
            UUID patientId;
            if (before.isPresent()) {
                patientId = before.get();
                count("Patient")[2]++;
                notStored.add(new NotStored(e.index(), e.fullUrl(), "Patient", "imported before"));
                patients.findById(patientId).ifPresent(known1 -> uhids.add(known1.uhid().value()));
            } else {
                PatientDetails details = FhirPatientMapping.details(p, ctx.today(), file + " " + e.where());
                if (phoneRegion == null) {
                    phoneRegion = patientService.phoneRegion();
                }
                List<DuplicateCandidate> alike = patientService.likelyDuplicates(actor, details, phoneRegion);
                Patient registered = patientService.register(actor, details);
                patientId = registered.id();
                for (DuplicateCandidate d : alike) {
                    duplicates.add(new DuplicateFlag(registered.uhid().value(), registered.name().full(),
                            d.patient().uhid().value(), d.patient().name().full(), d.reasons()));
                }
                for (String key : keys) {
                    remember(key, "Patient", patientId, patientId);
                }
                uhids.add(registered.uhid().value());
                count("Patient")[1]++;
            }
            patientByRef.put(e.key(), patientId);
            patientByRef.put("Patient/" + p.getIdElement().getIdPart(), patientId);
        }

        private void clinical(SourceEntry e) {
            Resource r = e.resource();
            String type = r.fhirType();
            if (known.containsKey(e.key())) {
                count(type)[2]++;
                notStored.add(new NotStored(e.index(), e.fullUrl(), type, "imported before"));
                return;
            }
            String where = file + " " + e.where();
            checkReferences(e);
            UUID patientId = patientOf(e, where);
            if (r instanceof AllergyIntolerance a) {
                allergy(a, patientId, where);
                remember(e.key(), type, patientId, patientId);
                count(type)[1]++;
                return;
            }
            FhirHistoryMapping.HistoryDraft draft = FhirHistoryMapping.toHistory(r, where).orElseThrow();
            if (draft.date() != null && draft.date().isAfter(ctx.today())) {
                throw new ValidationException(where + " " + DATE, CoreMessages.text("common.future", draft.date()));
            }
            String json = e.source() != null ? e.source().text() : withoutNarrative(r);
            String details = json.length() <= FhirHistoryMapping.MAX_DETAILS ? json
                    : "The source " + type + " was longer than " + FhirHistoryMapping.MAX_DETAILS
                    + " characters and is not kept whole; its summary is above.";
            HistoryEntry entry = new HistoryEntry(ctx.ids().newId(), patientId, draft.kind(), draft.date(),
                    draft.summary(), details, source, actor.username(), ctx.clock().instant());
            newHistory.add(entry);
            remember(e.key(), type, entry.id(), patientId);
            count(type)[1]++;
        }

        /** The resource encoded again without its narrative, for a source whose own text could not be taken. */
        private String withoutNarrative(Resource r) {
            if (r instanceof org.hl7.fhir.r4.model.DomainResource d) {
                d.setText(null);
            }
            return encoder.encodeResourceToString(r);
        }

        /** Notes the substance; {@link #recordAllergies} writes each patient's new ones in one edit at the end. */
        private void allergy(AllergyIntolerance a, UUID patientId, String where) {
            String text = FhirHistoryMapping.label(a.getCode()).strip();
            if (text.isEmpty()) {
                throw new ValidationException(where + " " + ALLERGY_CODE,
                        CoreMessages.text("fhir.allergy.noSubstance"));
            }
            String allergy = text.length() > 100 ? text.substring(0, 100) : text;
            List<String> added = allergiesToAdd.computeIfAbsent(patientId, id -> new ArrayList<>());
            if (added.stream().noneMatch(x -> x.equalsIgnoreCase(allergy))) {
                added.add(allergy);
            }
        }

        /** One audited patient edit per patient for all the file's allergies it did not list yet. */
        private void recordAllergies() {
            allergiesToAdd.forEach((patientId, added) -> {
                Patient p = patients.findById(patientId).orElseThrow();
                List<String> all = new ArrayList<>(p.allergies());
                for (String allergy : added) {
                    if (all.stream().noneMatch(x -> x.equalsIgnoreCase(allergy))) {
                        all.add(allergy);
                    }
                }
                if (all.size() > p.allergies().size()) {
                    patientService.edit(actor, p.uhid(), new PatientDetails(p.name(), p.dateOfBirth(), p.sex(),
                            p.phone(), p.address(), all, p.particulars()));
                }
            });
        }

        private UUID patientOf(SourceEntry e, String where) {
            String element = e.resource() instanceof AllergyIntolerance || e.resource() instanceof org.hl7.fhir.r4.model.Immunization
                    ? "patient" : "subject";
            Optional<Reference> ref = terser.getValues(e.resource(), element, Reference.class).stream().findFirst();
            if (ref.isEmpty() || ref.get().getReference() == null) {
                String field = where + " " + e.resource().fhirType() + "." + element;
                throw new ValidationException(field, CoreMessages.text("fhir.subject.missing"));
            }
            String target = ref.get().getReference();
            UUID id = patientByRef.get(target);
            if (id == null) {
                id = patientsOfEarlierFiles.get(target);
            }
            if (id == null) {
                id = sources.find(target).map(ImportedSource::patientId).orElse(null);
            }
            if (id == null) {
                String field = where + " " + e.resource().fhirType() + "." + element;
                throw new ValidationException(field, CoreMessages.text("fhir.reference.notPatient", target));
            }
            return id;
        }

        private void checkReferences(SourceEntry e) {
            List<String> targets = e.source() != null ? e.source().references()
                    : terser.getAllPopulatedChildElementsOfType(e.resource(), Reference.class).stream()
                    .map(Reference::getReference).toList();
            for (String target : targets) {
                if (target == null || target.startsWith("#") || target.startsWith("http")) {
                    continue;
                }
                boolean checkable = target.startsWith("urn:") || RELATIVE.matcher(target).matches();
                if (checkable && !index.contains(target) && !keysOfEarlierFiles.contains(target)
                        && sources.find(target).isEmpty()) {
                    String field = file + " " + e.where() + " " + e.resource().fhirType();
                    throw new ValidationException(field, CoreMessages.text("fhir.reference.unknown", target));
                }
            }
        }

        private void remember(String key, String type, UUID target, UUID patientId) {
            if (rememberedNow.add(key)) {
                newSources.add(new ImportedSource(key, type, target, patientId, file, ctx.clock().instant(),
                        actor.username()));
            }
        }
    }
}
