package org.clinicdesk.core.fhir;

import org.clinicdesk.core.extraction.DiagnosisFact;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;

/** An accepted diagnosis becomes a Condition coded in ICD-10, with the document as its evidence. */
final class ConditionMapping {
    private ConditionMapping() {
    }

    static Condition map(DiagnosisFact fact, MappingContext ctx) {
        Condition c = new Condition();
        c.setId(ctx.idFor(fact));
        c.setClinicalStatus(new CodeableConcept(new Coding(FhirCodes.CONDITION_CLINICAL, "active", "Active")));
        // A person accepted it from the paper; that confirms the record says so, not a new clinical assessment.
        c.setVerificationStatus(new CodeableConcept(new Coding(FhirCodes.CONDITION_VERIFICATION, "confirmed", "Confirmed")));
        c.addCategory(new CodeableConcept(new Coding(FhirCodes.CONDITION_CATEGORY, "problem-list-item", "Problem List Item")));
        CodeableConcept code = new CodeableConcept().setText(fact.name());
        fact.icd10().ifPresent(icd -> code.addCoding(new Coding(FhirCodes.ICD10, icd, fact.name())));
        c.setCode(code);
        c.setSubject(ctx.subject());
        ctx.effective().ifPresent(d -> c.setRecordedDateElement(d));
        c.addEvidence().addDetail(ctx.source());
        return c;
    }
}
