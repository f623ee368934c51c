package org.clinicdesk.core.fhir;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.extraction.BloodPressureFact;
import org.clinicdesk.core.extraction.ClinicalFact;
import org.clinicdesk.core.extraction.DateFact;
import org.clinicdesk.core.extraction.DateRole;
import org.clinicdesk.core.extraction.DiagnosisFact;
import org.clinicdesk.core.extraction.LabResultFact;
import org.clinicdesk.core.extraction.MedicationFact;
import org.clinicdesk.core.extraction.VitalSignFact;
import org.clinicdesk.core.patient.Patient;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Maps the facts a person accepted from one document to FHIR R4: MedicationStatement, Observation (LOINC),
 * Condition (ICD-10) and the DocumentReference they derive from, in a collection Bundle. Accepted dates do not
 * become resources of their own: admission and discharge dates give the document's period, and the first other
 * date (sample, report, document date) dates every Observation, MedicationStatement and Condition.
 */
public final class FhirMapper {

    public Bundle map(Patient patient, Document document, List<ClinicalFact> accepted) {
        Optional<LocalDate> admission = dateOf(accepted, DateRole.ADMISSION);
        Optional<LocalDate> discharge = dateOf(accepted, DateRole.DISCHARGE);
        Optional<LocalDate> clinical = accepted.stream().filter(DateFact.class::isInstance).map(DateFact.class::cast)
                .filter(d -> d.role() != DateRole.BIRTH && d.role() != DateRole.DISCHARGE)
                .map(DateFact::date).findFirst();
        MappingContext ctx = new MappingContext(patient, document, clinical);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        add(bundle, DocumentReferenceMapping.map(ctx, admission, discharge));
        for (ClinicalFact fact : accepted) {
            toResource(fact, ctx).ifPresent(r -> add(bundle, r));
        }
        return bundle;
    }

    private static Optional<Resource> toResource(ClinicalFact fact, MappingContext ctx) {
        if (fact instanceof MedicationFact m) {
            return Optional.of(MedicationStatementMapping.map(m, ctx));
        } else if (fact instanceof VitalSignFact v) {
            return Optional.of(ObservationMapping.vital(v, ctx));
        } else if (fact instanceof BloodPressureFact bp) {
            return Optional.of(ObservationMapping.bloodPressure(bp, ctx));
        } else if (fact instanceof LabResultFact l) {
            return Optional.of(ObservationMapping.lab(l, ctx));
        } else if (fact instanceof DiagnosisFact d) {
            return Optional.of(ConditionMapping.map(d, ctx));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dateOf(List<ClinicalFact> facts, DateRole role) {
        return facts.stream().filter(DateFact.class::isInstance).map(DateFact.class::cast)
                .filter(d -> d.role() == role).map(DateFact::date).findFirst();
    }

    private static void add(Bundle bundle, Resource resource) {
        bundle.addEntry().setFullUrl("urn:uuid:" + resource.getIdElement().getIdPart()).setResource(resource);
    }
}
