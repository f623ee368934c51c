package org.clinicdesk.core.patient;

import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
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

    public PatientService(ClinicContext ctx, PatientRepository patients) {
        this.ctx = ctx;
        this.patients = patients;
    }

    public Patient register(Actor actor, PatientDetails details) {
        actor.require(Permission.REGISTER_PATIENT);
        return ctx.tx().inTransaction(() -> {
            Uhid uhid = new Uhid(actor.site(), ctx.sequences().next(UHID_COUNTER));
            Patient patient = new Patient(ctx.ids().newId(), uhid, details.name(), details.dateOfBirth(), details.sex(),
                    details.phone(), details.address(), details.allergies(), PatientStatus.ACTIVE);
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

    /** Registered patients who look like the same person: same phone, or same date of birth with a similar name. */
    public List<DuplicateCandidate> likelyDuplicates(Actor actor, PatientDetails details) {
        actor.require(Permission.FIND_PATIENT);
        String phone = details.phone() == null ? null : details.phone().digits();
        return ctx.tx().inTransaction(() -> {
            List<DuplicateCandidate> result = new ArrayList<>();
            for (Patient p : patients.findByPhoneOrDateOfBirth(phone, details.dateOfBirth().date(), 50)) {
                List<String> reasons = new ArrayList<>();
                boolean samePhone = phone != null && p.phoneNumber().map(PhoneNumber::digits).filter(phone::equals).isPresent();
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
                if (similarName && (samePhone || sameDob) || samePhone && sameDob) {
                    result.add(new DuplicateCandidate(p, List.copyOf(reasons)));
                }
            }
            return result;
        });
    }

    public List<Patient> find(Actor actor, String text) {
        actor.require(Permission.FIND_PATIENT);
        if (text == null || text.isBlank()) {
            throw new ValidationException("search", "type part of a name, a UHID or a phone number");
        }
        String query = text.trim();
        return ctx.tx().inTransaction(() -> {
            List<Patient> found = patients.search(query, MAX_RESULTS);
            // One event per search, with the kind of query and how many came back, never the list itself.
            ctx.audit(actor, AuditRecord.of(AuditAction.PATIENT_SEARCHED, "patient", null,
                    "by " + SearchKind.of(query).label() + ", " + found.size() + " found"));
            return found;
        });
    }

    /** Looks a patient up by UHID for another use case (queueing, vitals) without auditing a chart read. */
    public Patient require(Actor actor, String uhidText) {
        actor.require(Permission.FIND_PATIENT);
        Uhid uhid = Uhid.parse(uhidText);
        return ctx.tx().inTransaction(() -> patients.findByUhid(uhid)
                .orElseThrow(() -> new NotFoundException("Patient with UHID", uhid.value())));
    }

    public Patient edit(Actor actor, Uhid uhid, PatientDetails details) {
        actor.require(Permission.EDIT_PATIENT);
        return ctx.tx().inTransaction(() -> {
            Patient current = patients.findByUhid(uhid)
                    .orElseThrow(() -> new NotFoundException("Patient with UHID", uhid.value()));
            Patient edited = current.withDemographics(details);
            patients.save(edited);
            ctx.audit(actor, AuditRecord.of(AuditAction.PATIENT_EDITED, "patient", current.id(), uhid.value()));
            return edited;
        });
    }
}
