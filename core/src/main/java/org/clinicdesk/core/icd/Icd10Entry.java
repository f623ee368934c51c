package org.clinicdesk.core.icd;

import org.clinicdesk.core.notes.Diagnosis;

/** One code of the shipped ICD-10-CM list, as it is printed (with its dot, "E11.9") and its title. */
public record Icd10Entry(String code, String title) {
    /** The code system name a note's diagnosis carries for these codes (FHIR: http://hl7.org/fhir/sid/icd-10-cm). */
    public static final String SYSTEM = "ICD-10-CM";

    public Diagnosis asDiagnosis() {
        return new Diagnosis(title, SYSTEM, code);
    }
}
