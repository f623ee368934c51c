package org.clinicdesk.core.fhir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.icd.Icd10Entry;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.SoapNote;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Reference;

/**
 * The diagnoses of a signed note (as last amended) become Conditions of the visit: the note's words as the text and,
 * when coded, the code in its system's FHIR URI (ICD-10-CM, ICD-10, SNOMED CT). A draft is no diagnosis yet.
 */
final class NoteDiagnosisMapping {
    private NoteDiagnosisMapping() {
    }

    static List<Condition> map(SoapNote note, NoteContent current, Reference subject) {
        List<Condition> out = new ArrayList<>();
        if (!note.isSigned()) {
            return out;
        }
        int n = 0;
        for (Diagnosis d : current.diagnoses()) {
            Condition c = new Condition();
            c.setId(UUID.nameUUIDFromBytes((note.id() + ":diagnosis:" + n++).getBytes(StandardCharsets.UTF_8)).toString());
            c.setClinicalStatus(new CodeableConcept(new Coding(FhirCodes.CONDITION_CLINICAL, "active", "Active")));
            c.setVerificationStatus(new CodeableConcept(new Coding(FhirCodes.CONDITION_VERIFICATION, "confirmed", "Confirmed")));
            c.addCategory(new CodeableConcept(new Coding(FhirCodes.CONDITION_CATEGORY,
                    FhirCodes.CONDITION_ENCOUNTER_DIAGNOSIS, "Encounter Diagnosis")));
            CodeableConcept code = new CodeableConcept().setText(d.text());
            system(d).ifPresent(uri -> code.addCoding(new Coding(uri, d.code(), d.text())));
            c.setCode(code);
            c.setSubject(subject.copy());
            note.signedTime().map(Date::from).ifPresent(c::setRecordedDate);
            out.add(c);
        }
        return out;
    }

    private static Optional<String> system(Diagnosis d) {
        if (!d.isCoded()) {
            return Optional.empty();
        }
        switch (d.system().toUpperCase(java.util.Locale.ROOT)) {
            case Icd10Entry.SYSTEM:
                return Optional.of(FhirCodes.ICD10_CM);
            case "ICD-10":
                return Optional.of(FhirCodes.ICD10);
            case "SNOMED CT":
                return Optional.of(FhirCodes.SNOMED);
            default:
                return Optional.of("urn:clinicdesk:code-system:" + d.system().replace(' ', '-'));
        }
    }
}
