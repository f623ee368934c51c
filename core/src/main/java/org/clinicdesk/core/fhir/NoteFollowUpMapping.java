package org.clinicdesk.core.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.SoapNote;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * A signed note's follow-up (as last amended) becomes the order for a return visit a FHIR reader expects: an active
 * ServiceRequest, intent "order", for a follow-up encounter (SNOMED CT 390906007), on the asked-for day
 * ({@code occurrenceDateTime}, a date) with the note's reason as {@code reasonCode.text}. A draft orders nothing.
 */
public final class NoteFollowUpMapping {
    static final String FOLLOW_UP_ENCOUNTER = "390906007";

    private NoteFollowUpMapping() {
    }

    public static Optional<ServiceRequest> map(SoapNote note, NoteContent current, Reference subject) {
        if (!note.isSigned() || current.followUp().isEmpty()) {
            return Optional.empty();
        }
        ServiceRequest r = new ServiceRequest();
        r.setId(UUID.nameUUIDFromBytes((note.id() + ":follow-up").getBytes(StandardCharsets.UTF_8)).toString());
        r.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        r.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        r.setCode(new CodeableConcept(new Coding(FhirCodes.SNOMED, FOLLOW_UP_ENCOUNTER, "Follow-up encounter"))
                .setText("Follow-up visit"));
        r.setSubject(subject.copy());
        r.setOccurrence(new DateTimeType(current.followUp().get().toString()));
        if (!current.followUpReason().isEmpty()) {
            r.addReasonCode().setText(current.followUpReason());
        }
        note.signedTime().map(Date::from).ifPresent(r::setAuthoredOn);
        return Optional.of(r);
    }
}
