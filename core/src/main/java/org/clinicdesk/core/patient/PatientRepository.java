package org.clinicdesk.core.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outgoing port: where patients are kept. */
public interface PatientRepository {
    void save(Patient patient);

    Optional<Patient> findById(UUID id);

    Optional<Patient> findByUhid(Uhid uhid);

    /** Patients whose name starts with, UHID starts with or phone digits contain the text; best matches first. */
    List<Patient> search(String text, int limit);

    /** Candidates for a duplicate check: same phone digits, or same date of birth. */
    List<Patient> findByPhoneOrDateOfBirth(String phoneDigits, LocalDate dateOfBirth, int limit);

    long count();

    /** The records merged straight into this patient (their {@code mergedInto} is this id), not deleted. */
    List<Patient> pointingAt(UUID patientId);

    /**
     * The patients (not deleted) of these UHIDs, by UHID; a UHID with none is left out. For checking many charts at
     * once: a store may answer in one read instead of one per UHID.
     */
    default java.util.Map<Uhid, Patient> findByUhids(java.util.Collection<Uhid> uhids) {
        java.util.Map<Uhid, Patient> found = new java.util.LinkedHashMap<>();
        uhids.forEach(uhid -> findByUhid(uhid).ifPresent(p -> found.put(uhid, p)));
        return found;
    }

    /**
     * {@link #pointingAt} for several patients at once, by the id pointed at (an id nothing points at is left out); a
     * store may answer in one read.
     */
    default java.util.Map<UUID, List<Patient>> pointingAtAny(java.util.Collection<UUID> patientIds) {
        java.util.Map<UUID, List<Patient>> found = new java.util.LinkedHashMap<>();
        for (UUID id : patientIds) {
            List<Patient> pointing = pointingAt(id);
            if (!pointing.isEmpty()) {
                found.put(id, pointing);
            }
        }
        return found;
    }

    /** Every patient not deleted, by UHID: for exporting the whole clinic. */
    List<Patient> all();
}
