package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.core.fhir.NoteFollowUpMapping;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.NoteStatus;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.notes.SoapText;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A signed note's follow-up leaves in FHIR as a ServiceRequest for a follow-up visit on the asked-for day with the
 * note's reason, and that resource passes HAPI's instance validator against the base R4 profiles.
 */
class FollowUpFhirTest {
    private static final Reference SUBJECT = new Reference("urn:uuid:" + UUID.randomUUID()).setDisplay("Asha Rao");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @BeforeAll
    static void validator() {
        FhirExportValidationTest.validator = FhirExportValidationTest.baseR4Validator(FhirContext.forR4());
    }

    private static SoapNote note(NoteStatus status, NoteContent content) {
        Instant at = Instant.parse("2026-11-30T05:00:00Z");
        return new SoapNote(UUID.randomUUID(), UUID.randomUUID(), "dr.menon", status, content, at, at,
                status == NoteStatus.SIGNED ? "dr.menon" : null, status == NoteStatus.SIGNED ? at : null);
    }

    private static NoteContent asking(LocalDate day, String reason) {
        return new NoteContent(new SoapText("s", "o", "a", "p"), List.of(), List.of(), day, reason);
    }

    @Test
    void aSignedFollowUpIsAServiceRequestOnItsDayWithItsReasonThatPassesBaseR4() {
        SoapNote signed = note(NoteStatus.SIGNED, asking(DAY, "review BP"));
        ServiceRequest r = NoteFollowUpMapping.map(signed, signed.content(), SUBJECT).orElseThrow();

        assertThat(r.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
        assertThat(r.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.ORDER);
        assertThat(r.getOccurrenceDateTimeType().getValueAsString()).isEqualTo("2026-12-07");
        assertThat(r.getReasonCodeFirstRep().getText()).isEqualTo("review BP");
        assertThat(r.getCode().getCodingFirstRep().getCode()).isEqualTo("390906007");
        assertThat(FhirExportValidationTest.errors(r)).isEmpty();
    }

    @Test
    void aDraftOrANoteWithoutFollowUpOrdersNothing() {
        SoapNote draft = note(NoteStatus.DRAFT, asking(DAY, "review BP"));
        SoapNote none = note(NoteStatus.SIGNED, asking(null, ""));
        assertThat(NoteFollowUpMapping.map(draft, draft.content(), SUBJECT)).isEmpty();
        assertThat(NoteFollowUpMapping.map(none, none.content(), SUBJECT)).isEmpty();
    }
}
