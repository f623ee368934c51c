package org.clinicdesk.app.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.notes.NoteStatus;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.DateOfBirthFormat;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.site.SiteSettings;
import org.junit.jupiter.api.Test;

class VisitSummaryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final SiteSettings SITE = new SiteSettings(SiteCode.of("A"), "Sunrise Family Clinic",
            UUID.randomUUID());
    private static final Patient PATIENT = new Patient(UUID.randomUUID(), new Uhid(SiteCode.of("A"), 123),
            new PersonName("Meera", "Raghunathan"), DateOfBirth.exact(LocalDate.of(1992, 3, 14), TODAY), Sex.F, null,
            "", List.of("Penicillin"), PatientStatus.ACTIVE);

    @Test
    void summaryOfASignedNoteCarriesThePatientAsShownAtTheDesk() {
        SoapNote note = note(NoteStatus.SIGNED);
        VisitSummary s = VisitSummary.of(SITE, PATIENT, Optional.of(SampleVisits.vitals()), note, List.of(),
                DateOfBirthFormat.of(DateOrder.DAY_FIRST), TODAY, SampleVisits.KOLKATA);
        assertThat(s.clinic()).isEqualTo(new VisitSummary.Clinic("Sunrise Family Clinic", "A"));
        assertThat(s.patient()).isEqualTo(new VisitSummary.PatientLine("Meera Raghunathan", "14/03/1992", "34 y",
                "Female", PATIENT.uhid().value(), List.of("Penicillin")));
        assertThat(s.doctor()).isEqualTo("dr.menon");
        assertThat(s.signedAt()).isEqualTo(SampleVisits.SIGNED);
        assertThat(s.currentNote()).isEqualTo(note.content());
    }

    @Test
    void summaryOfADraftIsRefused() {
        assertThatThrownBy(() -> VisitSummary.of(SITE, PATIENT, Optional.empty(), note(NoteStatus.DRAFT), List.of(),
                DateOfBirthFormat.of(DateOrder.DAY_FIRST), TODAY, SampleVisits.KOLKATA)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("draft");
    }

    @Test
    void currentNoteIsTheLatestAmendment() {
        VisitSummary s = SampleVisits.summary();
        assertThat(s.currentNote()).isEqualTo(s.amendments().get(0).content()).isNotEqualTo(s.signedNote());
    }

    @Test
    void followUpDateOfTheNoteIsPrintedOnTheSummary() {
        SoapNote signed = note(NoteStatus.SIGNED);
        SoapNote asking = new SoapNote(signed.id(), signed.patientId(), signed.author(), signed.status(),
                signed.content().withFollowUp(Optional.of(LocalDate.of(2026, 12, 5))), signed.createdAt(),
                signed.updatedAt(), signed.signedBy(), signed.signedAt());
        VisitSummary s = VisitSummary.of(SITE, PATIENT, Optional.empty(), asking, List.of(),
                DateOfBirthFormat.of(DateOrder.DAY_FIRST), TODAY, SampleVisits.KOLKATA);
        assertThat(s.followUp()).contains(LocalDate.of(2026, 12, 5));
        String text = PdfText.of(new VisitSummaryPdf(FontChoice.SYSTEM_UNICODE,
                java.time.Clock.fixed(SampleVisits.AMENDED, SampleVisits.KOLKATA)).render(s)).replaceAll("\\s+", " ");
        assertThat(text).contains("Please come back on " + SummaryText.date(LocalDate.of(2026, 12, 5)));
        VisitSummary without = VisitSummary.of(SITE, PATIENT, Optional.empty(), signed, List.of(),
                DateOfBirthFormat.of(DateOrder.DAY_FIRST), TODAY, SampleVisits.KOLKATA);
        assertThat(PdfText.of(new VisitSummaryPdf(FontChoice.SYSTEM_UNICODE,
                java.time.Clock.fixed(SampleVisits.AMENDED, SampleVisits.KOLKATA)).render(without)))
                .doesNotContain("Please come back");
    }

    private static SoapNote note(NoteStatus status) {
        Instant created = SampleVisits.SIGNED.minusSeconds(600);
        boolean signed = status == NoteStatus.SIGNED;
        return new SoapNote(UUID.randomUUID(), PATIENT.id(), "dr.menon", status, SampleVisits.signedNote(), created,
                created, signed ? "dr.menon" : null, signed ? SampleVisits.SIGNED : null);
    }
}
