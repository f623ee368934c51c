package org.clinicdesk.core.flags;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.chart.Chart;
import org.clinicdesk.core.chart.ChartService;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.notes.Prescription;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientRepository;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;

/**
 * Use case: a patient's flags, the flags a prescription being written would add, a check of every patient, and the
 * clinic's own interactions (export, and import after validation). Reading flags is reading the chart, and is audited.
 */
public final class FlagService {
    static final int MAX_CLINIC_CSV_BYTES = 1_000_000;
    private final ClinicContext ctx;
    private final ChartService charts;
    private final PatientRepository patients;
    private final ClinicKnowledgeStore clinicKnowledge;
    private final FlagRepository stored;
    private final FlagLifeCycle lifeCycle;
    private final org.clinicdesk.core.patient.PatientAliases aliases;
    private volatile Built engine;

    public FlagService(ClinicContext ctx, ChartService charts, PatientRepository patients,
                       ClinicKnowledgeStore clinicKnowledge, FlagRepository stored) {
        this.ctx = ctx;
        this.charts = charts;
        this.patients = patients;
        this.clinicKnowledge = clinicKnowledge;
        this.stored = stored;
        this.lifeCycle = new FlagLifeCycle(ctx, stored);
        this.aliases = new org.clinicdesk.core.patient.PatientAliases(patients);
    }

    /**
     * The engine over the shipped knowledge and this clinic's interactions. Built again whenever the clinic's CSV is
     * not the one it was built from (an import here, or one that sync brought from another desk).
     */
    public FlagEngine engine() {
        Optional<String> csv = clinicKnowledge.interactions();
        Built e = engine;
        if (e == null || !e.csv().equals(csv)) {
            e = new Built(csv, new FlagEngine(Knowledge.withClinicInteractions(csv)));
            engine = e;
        }
        return e.engine();
    }

    private record Built(Optional<String> csv, FlagEngine engine) {
    }

    /**
     * A patient's flags, with their stored states brought up to date (new ones raised, gone ones resolved). The flags
     * still open on a duplicate merged into the patient resolve: the merged chart's own flags replace them.
     */
    public PatientFlags forPatient(Actor actor, String uhid) {
        return ctx.tx().inTransaction(() -> {
            Chart chart = charts.open(actor, uhid);
            PatientFlags found = flagsOf(chart, List.of());
            chart.aliases().forEach(alias -> lifeCycle.reconcile(actor, alias.id(), List.of()));
            return found.withStates(lifeCycle.reconcile(actor, found.patientId(), found.flags()));
        });
    }

    /** The flags a patient would have with these prescriptions added (the note being written); nothing is stored. */
    public PatientFlags withPrescriptions(Actor actor, String uhid, List<Prescription> proposed) {
        return ctx.tx().inTransaction(() -> flagsOf(chartForCheck(actor, uhid), proposed));
    }

    /**
     * The signing rule, run in the signing transaction: refuses while a high flag (with the note's prescriptions)
     * is neither acknowledged nor overridden, unless {@code overrideReason} is given, which overrides each of them.
     * Returns the flags overridden now (for the visit summary).
     */
    public List<FlagRecord> beforeSigning(Actor actor, String uhid, List<Prescription> prescriptions,
                                          Optional<String> overrideReason) {
        return ctx.tx().inTransaction(() -> {
            PatientFlags found = flagsOf(chartForCheck(actor, uhid), prescriptions);
            return lifeCycle.beforeSigning(actor, found.patientId(), found.flags(), overrideReason);
        });
    }

    /**
     * The chart a check made while a note is written or signed reads: the writer has the chart open already, so the
     * check is not another opening in the audit trail (the note's own events record the work).
     */
    private org.clinicdesk.core.chart.Chart chartForCheck(Actor actor, String uhidText) {
        org.clinicdesk.core.patient.Uhid uhid = org.clinicdesk.core.patient.Uhid.parse(uhidText);
        org.clinicdesk.core.patient.Patient patient = patients.findByUhid(uhid).orElseThrow(() ->
                new org.clinicdesk.core.common.NotFoundException("notFound.patient", uhid.value()));
        return charts.forScan(actor, patient);
    }

    /** A clinician has seen the flag: it stops blocking signatures (until its cause goes and comes back). */
    public FlagRecord acknowledge(Actor actor, String uhid, String key, Optional<String> overrideReason) {
        actor.require(Permission.WRITE_NOTES);
        return ctx.tx().inTransaction(() -> {
            PatientFlags found = forPatient(actor, uhid);
            return lifeCycle.answer(actor, found.patientId(), key, overrideReason);
        });
    }

    /**
     * For each of these patients, how many high flags stand unanswered (raised, neither acknowledged nor overridden),
     * read from the stored flag states (no rescan): what the queue board shows as a badge. Patients without one are
     * left out. The states are as fresh as the last check (chart opened, note signed, scan).
     */
    public Map<java.util.UUID, Integer> unansweredHigh(Actor actor, java.util.Collection<java.util.UUID> patientIds) {
        actor.require(Permission.READ_CHART);
        return ctx.tx().inTransaction(() -> {
            Map<java.util.UUID, Integer> counts = new java.util.HashMap<>();
            for (java.util.UUID id : new java.util.LinkedHashSet<>(patientIds)) {
                int n = (int) stored.forPatient(id).stream()
                        .filter(r -> r.severity() == FlagSeverity.HIGH && r.state() == FlagState.RAISED).count();
                if (n > 0) {
                    counts.put(id, n);
                }
            }
            return Map.copyOf(counts);
        });
    }

    /** The flags overridden for a patient, newest first: what a printed visit summary lists. */
    public List<FlagRecord> overridden(Actor actor, java.util.UUID patientId) {
        actor.require(Permission.READ_CHART);
        return ctx.tx().inTransaction(() -> stored.forPatient(patientId).stream()
                .filter(r -> r.state() == FlagState.OVERRIDDEN)
                .sorted(java.util.Comparator.comparing(FlagRecord::changedAt).reversed()).toList());
    }

    private PatientFlags flagsOf(Chart chart, List<Prescription> proposed) {
        LocalDate today = ctx.today();
        PatientFacts facts = PatientFactsReader.from(chart, ctx.clock());
        List<Medicine> more = proposed.stream()
                .map(p -> PatientFactsReader.fromPrescription(p, "this note", today)).toList();
        List<ClinicalFlag> flags = new ArrayList<>(engine().check(facts.withMedicines(more)));
        Patient p = chart.patient();
        List<Patient> alike = new ArrayList<>(List.of(p));
        patients.findByPhoneOrDateOfBirth(p.phoneNumber().map(n -> n.digits()).orElse(""),
                        p.dateOfBirth() == null ? null : p.dateOfBirth().date(), 50).stream()
                .filter(o -> !o.id().equals(p.id()) && !aliases.isAlias(o)).forEach(alike::add);
        flags.addAll(new DuplicatePatients(engine().knowledge().version()).find(alike).getOrDefault(p.id(), List.of()));
        return new PatientFlags(p.id(), p.uhid().value(), p.name().full(), engine().knowledge().version(), flags,
                Map.of());
    }

    /** Every patient checked; one audit event for the scan. */
    public FlagScan scanAll(Actor actor) {
        actor.require(Permission.READ_CHART);
        actor.require(Permission.READ_NOTES);
        return ctx.tx().inTransaction(() -> {
            List<Patient> all = patients.all().stream().filter(p -> !aliases.isAlias(p)).toList();
            Map<java.util.UUID, List<ClinicalFlag>> duplicates =
                    new DuplicatePatients(engine().knowledge().version()).find(all);
            List<PatientFlags> flagged = new ArrayList<>();
            for (Patient p : all) {
                List<ClinicalFlag> flags = new ArrayList<>(engine().check(
                        PatientFactsReader.from(charts.forScan(actor, p), ctx.clock())));
                flags.addAll(duplicates.getOrDefault(p.id(), List.of()));
                Map<String, FlagRecord> states = lifeCycle.reconcile(actor, p.id(), flags);
                if (!flags.isEmpty()) {
                    flagged.add(new PatientFlags(p.id(), p.uhid().value(), p.name().full(),
                            engine().knowledge().version(), flags, states));
                }
            }
            ctx.audit(actor, AuditRecord.of(AuditAction.FLAGS_SCANNED, "patient", "all",
                    all.size() + " patients, " + flagged.size() + " with flags"));
            return new FlagScan(all.size(), engine().knowledge().version(), flagged);
        });
    }

    /**
     * The clinic's interactions CSV as it stands (the shipped one until the clinic imports its own), safe to open in a
     * spreadsheet.
     */
    public String exportInteractions(Actor actor) {
        actor.require(Permission.FIND_PATIENT);
        return KnowledgeCsv.inertForSpreadsheets(Knowledge.CLINIC_FILE,
                clinicKnowledge.interactions().orElseGet(Knowledge::shippedClinicInteractions));
    }

    /** The knowledge graph (shipped knowledge and this clinic's interactions) as GraphML, for review. */
    public void exportKnowledgeGraph(Actor actor, java.io.Writer out) {
        actor.require(Permission.FIND_PATIENT);
        KnowledgeGraphExport.graphml(engine().knowledge(), out);
    }

    /**
     * Replaces the clinic's interactions with a CSV after checking every row (known drugs and classes, a severity, an
     * effect); a file with any wrong row changes nothing. Returns how many interactions it holds.
     */
    public int importInteractions(Actor actor, Path path) {
        actor.require(Permission.ADMINISTER_STORE);
        String file = path.toString();
        String csv;
        try {
            if (!Files.isRegularFile(path)) {
                throw new ValidationException(file, CoreMessages.text("flags.notFile"));
            }
            if (Files.size(path) > MAX_CLINIC_CSV_BYTES) {
                throw new ValidationException(file,
                        CoreMessages.text("flags.largerThanBytes", String.valueOf(MAX_CLINIC_CSV_BYTES)));
            }
            csv = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ValidationException(file, CoreMessages.text("flags.cannotReadAs", e.getMessage()));
        }
        int count;
        try {
            count = Knowledge.validateClinicInteractions(csv);
        } catch (ValidationException e) {
            throw new ValidationException(file, e.field() + " " + e.reason());
        }
        ctx.tx().inTransaction(() -> {
            clinicKnowledge.saveInteractions(csv);
            ctx.audit(actor, AuditRecord.of(AuditAction.FLAG_KNOWLEDGE_IMPORTED, ClinicKnowledgeSetting.ENTITY_TYPE,
                    ClinicKnowledgeSetting.KEY, count + " interactions from " + file));
            return null;
        });
        return count;
    }

    /**
     * Moves the interactions CSV an older ClinicDesk kept in this desk's data folder into the clinic's shared setting
     * (once: the caller deletes the file after). When the clinic already has a CSV (imported on another desk), that
     * one stands. Audited as an import by {@code system}. Returns false, moving nothing, when the file's CSV no longer
     * validates, so the caller keeps the file.
     */
    public boolean adoptDeskInteractions(String csv, String from) {
        int count;
        try {
            count = Knowledge.validateClinicInteractions(csv);
        } catch (ValidationException e) {
            return false;
        }
        ctx.tx().inTransaction(() -> {
            if (clinicKnowledge.interactions().isEmpty()) {
                clinicKnowledge.saveInteractions(csv);
                ctx.audit().append("system", AuditRecord.of(AuditAction.FLAG_KNOWLEDGE_IMPORTED,
                        ClinicKnowledgeSetting.ENTITY_TYPE, ClinicKnowledgeSetting.KEY,
                        count + " interactions moved from this desk's " + from));
            }
            return null;
        });
        return true;
    }
}
