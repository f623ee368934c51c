package org.clinicdesk.core.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;

/** Use cases: register, find, open and edit patients. */
public final class PatientService {
    static final String UHID_COUNTER = "uhid";
    private static final int MAX_RESULTS = 200;
    private final ClinicContext ctx;
    private final PatientRepository patients;
    private final Supplier<String> phoneRegion;
    private final PatientAliases aliases;

    public PatientService(ClinicContext ctx, PatientRepository patients) {
        this(ctx, patients, () -> PhoneNumber.DEFAULT_REGION);
    }

    /** {@code phoneRegion}: the clinic's region for numbers typed without a country code (e.g. {@code IN}). */
    public PatientService(ClinicContext ctx, PatientRepository patients, Supplier<String> phoneRegion) {
        this.ctx = ctx;
        this.patients = patients;
        this.phoneRegion = phoneRegion;
        this.aliases = new PatientAliases(patients);
    }

    /** The region in which phone numbers typed without a country code are read. */
    public String phoneRegion() {
        return phoneRegion.get();
    }

    public Patient register(Actor actor, PatientDetails details) {
        actor.require(Permission.REGISTER_PATIENT);
        return ctx.tx().inTransaction(() -> {
            Uhid uhid = new Uhid(actor.site(), ctx.sequences().next(UHID_COUNTER));
            Patient patient = new Patient(ctx.ids().newId(), uhid, details.name(), details.dateOfBirth(), details.sex(),
                    details.phone(), details.address(), details.allergies(), PatientStatus.ACTIVE, details.particulars());
            patients.save(patient);
            ctx.audit(actor, AuditRecord.of(AuditAction.PATIENT_REGISTERED, "patient", patient.id(), uhid.value()));
            return patient;
        });
    }

    /** How many patients the store holds, this desk's and those synced from others. */
    public long count(Actor actor) {
        actor.require(Permission.FIND_PATIENT);
        return ctx.tx().inTransaction(patients::count);
    }

    /**
     * Registered patients who look like the same person: same phone, or same date of birth with a similar name. A
     * merged duplicate that matches is given as the patient it was merged into.
     */
    public List<DuplicateCandidate> likelyDuplicates(Actor actor, PatientDetails details) {
        actor.require(Permission.FIND_PATIENT);
        return likelyDuplicates(actor, details, phoneRegion.get());
    }

    /**
     * {@link #likelyDuplicates(Actor, PatientDetails)} with the clinic's phone region already read (a bulk import
     * reads it once for all its patients instead of reading the settings for each).
     */
    public List<DuplicateCandidate> likelyDuplicates(Actor actor, PatientDetails details, String region) {
        actor.require(Permission.FIND_PATIENT);
        return ctx.tx().inTransaction(() -> {
            String phone = details.phone() == null ? null
                    : PhoneNumber.canonicalDigits(details.phone().value(), region).orElse(details.phone().digits());
            List<DuplicateCandidate> result = new ArrayList<>();
            for (Patient p : candidates(details, phone, region)) {
                List<String> reasons = new ArrayList<>();
                boolean samePhone = phone != null && p.phoneNumber()
                        .flatMap(n -> PhoneNumber.canonicalDigits(n.value(), region)).filter(phone::equals).isPresent();
                boolean sameDob = p.dateOfBirth().date().equals(details.dateOfBirth().date());
                boolean similarName = NameSimilarity.similar(p.name().full(), details.name().full());
                if (samePhone) {
                    reasons.add("same phone");
                }
                if (sameDob) {
                    reasons.add("same date of birth");
                }
                if (similarName) {
                    reasons.add("similar name");
                }
                Patient kept = aliases.keptFor(p); // a merged duplicate's match is its kept patient
                if ((similarName && (samePhone || sameDob) || samePhone && sameDob)
                        && result.stream().noneMatch(c -> c.patient().id().equals(kept.id()))) {
                    result.add(new DuplicateCandidate(kept, List.copyOf(reasons)));
                }
            }
            return result;
        });
    }

    /** Same phone (as stored now, +91..., or by an older release, bare national digits) or same date of birth. */
    private List<Patient> candidates(PatientDetails details, String phone, String region) {
        Map<UUID, Patient> found = new LinkedHashMap<>();
        patients.findByPhoneOrDateOfBirth(phone, details.dateOfBirth().date(), 50).forEach(p -> found.putIfAbsent(p.id(), p));
        PhoneNumber.nationalDigits(phone, region).ifPresent(national ->
                patients.findByPhoneOrDateOfBirth(national, null, 50).forEach(p -> found.putIfAbsent(p.id(), p)));
        return List.copyOf(found.values());
    }

    /**
     * Patients matching a name, UHID or phone. A number typed without its country code ("98450") also finds numbers
     * stored with it ("+919845012345"). A duplicate merged into another patient is found as that patient (its UHID is
     * an alias), never listed on its own.
     */
    public List<Patient> find(Actor actor, String text) {
        actor.require(Permission.FIND_PATIENT);
        if (text == null || text.isBlank()) {
            throw new ValidationException("search", CoreMessages.text("patient.search.empty"));
        }
        String typed = text.trim();
        return ctx.tx().inTransaction(() -> {
            List<String> otherSpellings = PhoneNumber.searchVariants(typed, phoneRegion.get());
            Map<UUID, Patient> byId = new LinkedHashMap<>();
            patients.search(typed, MAX_RESULTS).forEach(p -> byId.putIfAbsent(aliases.keptFor(p).id(), aliases.keptFor(p)));
            otherSpellings.forEach(digits -> patients.search(digits, MAX_RESULTS)
                    .forEach(p -> byId.putIfAbsent(aliases.keptFor(p).id(), aliases.keptFor(p))));
            List<Patient> found = byId.values().stream().limit(MAX_RESULTS).toList();
            // One event per search, with the kind of query and how many came back, never the list itself.
            ctx.audit(actor, AuditRecord.of(AuditAction.PATIENT_SEARCHED, "patient", null,
                    "by " + SearchKind.of(typed).label() + ", " + found.size() + " found"));
            return found;
        });
    }

    /**
     * Looks a patient up by UHID for another use case (queueing, vitals) without auditing a chart read; an alias's
     * UHID gives the patient it was merged into.
     */
    public Patient require(Actor actor, String uhidText) {
        actor.require(Permission.FIND_PATIENT);
        Uhid uhid = Uhid.parse(uhidText);
        return ctx.tx().inTransaction(() -> aliases.keptFor(patients.findByUhid(uhid)
                .orElseThrow(() -> new NotFoundException("notFound.patient", uhid.value()))));
    }

    /** The UHIDs merged into this patient (aliases that lead to it), by UHID; empty for most patients. */
    public List<Uhid> aliasesOf(Actor actor, Patient patient) {
        actor.require(Permission.FIND_PATIENT);
        return ctx.tx().inTransaction(() -> aliases.aliasesOf(patient).stream().map(Patient::uhid).toList());
    }

    /**
     * The patient a registration card is printed for (the desk that registers, and anyone who may find patients);
     * {@code print} makes the card and the print is audited with it, in one transaction: a failed print leaves no event.
     */
    public <T> T printCard(Actor actor, String uhidText, java.util.function.Function<Patient, T> print) {
        actor.require(Permission.FIND_PATIENT);
        Uhid uhid = Uhid.parse(uhidText);
        return ctx.tx().inTransaction(() -> {
            Patient patient = patients.findByUhid(uhid)
                    .orElseThrow(() -> new NotFoundException("notFound.patient", uhid.value()));
            T printed = print.apply(patient);
            ctx.audit(actor, AuditRecord.aboutPatient(AuditAction.REGISTRATION_CARD_PRINTED, "patient", patient.id(),
                    uhid.value(), ""));
            return printed;
        });
    }

    /**
     * Records what the patient is allergic to, or that none are known (nurses and doctors at triage or in the
     * consultation, as well as the desk); audited like any edit. Text as typed, comma-separated.
     */
    public Patient recordAllergies(Actor actor, Uhid uhid, String typed) {
        actor.require(Permission.RECORD_ALLERGIES);
        List<String> allergies = PatientDetails.splitAllergies(typed);
        return ctx.tx().inTransaction(() -> {
            Patient current = patients.findByUhid(uhid)
                    .orElseThrow(() -> new NotFoundException("notFound.patient", uhid.value()));
            Patient edited = current.withAllergies(allergies);
            patients.save(edited);
            ctx.audit(actor, AuditRecord.of(AuditAction.PATIENT_EDITED, "patient", current.id(),
                    uhid.value() + " allergies"));
            return edited;
        });
    }

    public Patient edit(Actor actor, Uhid uhid, PatientDetails details) {
        actor.require(Permission.EDIT_PATIENT);
        return ctx.tx().inTransaction(() -> {
            Patient current = patients.findByUhid(uhid)
                    .orElseThrow(() -> new NotFoundException("notFound.patient", uhid.value()));
            Patient edited = current.withDemographics(details);
            patients.save(edited);
            ctx.audit(actor, AuditRecord.of(AuditAction.PATIENT_EDITED, "patient", current.id(), uhid.value()));
            return edited;
        });
    }
}
