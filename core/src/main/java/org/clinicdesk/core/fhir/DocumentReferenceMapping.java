package org.clinicdesk.core.fhir;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.clinicdesk.core.documents.Document;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;

/** The scanned file itself: a DocumentReference pointing at its content-addressed blob, with its clinical period. */
final class DocumentReferenceMapping {
    private DocumentReferenceMapping() {
    }

    static DocumentReference map(MappingContext ctx, Optional<LocalDate> start, Optional<LocalDate> end) {
        Document d = ctx.document();
        DocumentReference ref = new DocumentReference();
        ref.setId(d.id().toString());
        ref.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        ref.addIdentifier(new Identifier().setSystem(FhirCodes.DOCUMENT_HASH).setValue(d.sha256()));
        ref.setSubject(ctx.subject());
        ref.setDate(Date.from(d.addedAt()));
        ref.setDescription(d.fileName());
        Attachment attachment = new Attachment().setContentType(d.mediaType().mime()).setTitle(d.fileName())
                .setUrl("urn:clinicdesk:blob:sha256:" + d.sha256());
        attachment.setSize((int) Math.min(Integer.MAX_VALUE, d.sizeBytes()));
        ref.addContent().setAttachment(attachment);
        if (start.isPresent() || end.isPresent()) {
            Period period = new Period();
            start.ifPresent(s -> period.setStart(Date.from(s.atStartOfDay(ZoneOffset.UTC).toInstant())));
            end.ifPresent(e -> period.setEnd(Date.from(e.atStartOfDay(ZoneOffset.UTC).toInstant())));
            ref.getContext().setPeriod(period);
        }
        return ref;
    }
}
