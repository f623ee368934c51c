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

    /** Every patient not deleted, by UHID: for exporting the whole clinic. */
    List<Patient> all();
}
