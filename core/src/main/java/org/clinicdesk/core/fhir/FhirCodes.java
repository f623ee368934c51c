package org.clinicdesk.core.fhir;

/** Code systems and identifier systems the mapping writes. */
final class FhirCodes {
    static final String LOINC = "http://loinc.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
    static final String ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String CONDITION_ENCOUNTER_DIAGNOSIS = "encounter-diagnosis";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String TIMING_ABBREVIATION = "http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation";
    static final String UHID = "urn:clinicdesk:uhid";
    /** The ABHA number's identifier system in India's ABDM FHIR profiles. */
    static final String ABHA = "https://healthid.abdm.gov.in";
    static final String DOCUMENT_HASH = "urn:clinicdesk:document-sha256";

    private FhirCodes() {
    }
}
