package org.clinicdesk.core.fhir;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.extraction.ClinicalFact;
import org.clinicdesk.core.patient.Patient;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/** What every resource made from one document shares: the patient, the source document and its clinical date. */
record MappingContext(Patient patient, Document document, Optional<LocalDate> clinicalDate) {

    Reference subject() {
        return new Reference("Patient/" + patient.id())
                .setIdentifier(new Identifier().setSystem(FhirCodes.UHID).setValue(patient.uhid().value()))
                .setDisplay(patient.name().full());
    }

    Reference source() {
        return new Reference("urn:uuid:" + document.id()).setDisplay(document.fileName());
    }

    /** Stable ids: exporting the same accepted fact twice gives the same resource, not a duplicate. */
    String idFor(ClinicalFact fact) {
        String key = document.id() + ":" + fact.getClass().getSimpleName() + ":" + fact.span().start() + ":" + fact.span().end();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    Optional<DateTimeType> effective() {
        return clinicalDate.map(d -> new DateTimeType(d.toString()));
    }
}
