package org.clinicdesk.core.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.MemoryClinic;
import org.clinicdesk.core.audit.ReadAccess;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SOAP notes: drafts, signing (immutable after), amendments with a reason, reads on grounds, follow-up bookings. */
class NoteServiceTest {
    private final Actor doctor = MemoryClinic.actor(Role.DOCTOR, "dr.rao");
    private final Actor nurse = MemoryClinic.actor(Role.NURSE);
    private MemoryClinic clinic;
    private NoteService notes;
    private Patient asha;
    private final List<String> bookings = new ArrayList<>();

    @BeforeEach
    void setUp() {
        clinic = new MemoryClinic();
        notes = new NoteService(clinic.ctx, clinic.noteRepository(), clinic.patientRepository(),
                (actor, patient, noteId, was, now) -> bookings.add(was.map(String::valueOf).orElse("-") + "->"
                        + now.map(String::valueOf).orElse("-")));
        asha = new Patient(UUID.randomUUID(), new Uhid(MemoryClinic.SITE, 1), PersonName.parse("Asha Rao"),
                new DateOfBirth(LocalDate.of(1980, 5, 17), false), Sex.F, null, "", List.of(), PatientStatus.ACTIVE);
        clinic.patients.put(asha.id(), asha);
    }

    private static NoteContent soap(String assessment) {
        return NoteContent.of(new SoapText("fever 3 days", "T 38.2", assessment, "paracetamol"));
    }

    @Test
    void aNurseDraftsADoctorSignsAndTheSignedNoteCannotBeEdited() {
        SoapNote draft = notes.draft(nurse, asha, soap("viral"));
        SoapNote updated = notes.updateDraft(nurse, draft.id(), soap("viral fever"));
        assertThat(updated.content().text().assessment()).isEqualTo("viral fever");
        assertThatThrownBy(() -> notes.sign(nurse, draft.id())).isInstanceOf(PermissionDeniedException.class);
        SoapNote signed = notes.sign(doctor, draft.id());
        assertThat(signed.isSigned()).isTrue();
        assertThatThrownBy(() -> notes.updateDraft(doctor, draft.id(), soap("changed")))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> notes.sign(doctor, draft.id())).isInstanceOf(RuleViolationException.class);
        assertThat(clinic.auditActions()).containsExactly("NOTE_DRAFTED", "NOTE_SIGNED");
        assertThat(clinic.audit.get(1).detail()).startsWith(asha.uhid().value());
    }

    @Test
    void anEmptyNoteIsRefusedAndAFailedWriteAndSignLeavesNoDraft() {
        assertThatThrownBy(() -> notes.draft(nurse, asha, NoteContent.of(new SoapText("", "", "", ""))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> notes.writeAndSign(nurse, asha, soap("viral")))
                .isInstanceOf(PermissionDeniedException.class);
        NoteContent pastFollowUp = soap("viral").withFollowUp(Optional.of(clinic.ctx.today().minusDays(1)));
        assertThatThrownBy(() -> notes.writeAndSign(doctor, asha, pastFollowUp)).isInstanceOf(ValidationException.class);
        assertThat(clinic.notes).isEmpty();
        assertThat(clinic.audit).isEmpty();
    }

    @Test
    void anAmendmentNeedsAReasonAndAChangeAndTheLatestReadsAsTheNote() {
        SoapNote signed = notes.writeAndSign(doctor, asha, soap("viral"));
        assertThatThrownBy(() -> notes.amend(doctor, signed.id(), " ", soap("dengue")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> notes.amend(doctor, signed.id(), "same", soap("viral")))
                .isInstanceOf(ValidationException.class);
        notes.amend(doctor, signed.id(), " NS1 positive ", soap("dengue"));
        Amendment second = notes.amend(doctor, signed.id(), "platelets fine", soap("dengue, no warning signs"));
        assertThat(second.reason()).isEqualTo("platelets fine");
        assertThat(notes.currentContent(signed).text().assessment()).isEqualTo("dengue, no warning signs");
        assertThat(notes.amendments(doctor, signed.id())).hasSize(2);
        assertThat(clinic.notes.get(signed.id()).content().text().assessment()).isEqualTo("viral");
    }

    @Test
    void aDraftIsNotAmended() {
        SoapNote draft = notes.draft(doctor, asha, soap("viral"));
        assertThatThrownBy(() -> notes.amend(doctor, draft.id(), "why", soap("other")))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void readingANoteIsAuditedAndReceptionReadsOnlyInAnEmergencyWithAReason() {
        SoapNote signed = notes.writeAndSign(doctor, asha, soap("viral"));
        notes.amend(doctor, signed.id(), "NS1 positive", soap("dengue"));
        assertThat(notes.read(nurse, signed.id()).id()).isEqualTo(signed.id());
        assertThat(clinic.auditActions()).last().isEqualTo("NOTE_READ");
        Actor reception = MemoryClinic.actor(Role.RECEPTION);
        assertThatThrownBy(() -> notes.read(reception, signed.id())).isInstanceOf(PermissionDeniedException.class);
        var read = notes.read(reception, signed.id(), ReadAccess.emergency("patient collapsed, doctor away"));
        assertThat(read.current().text().assessment()).isEqualTo("dengue");
        assertThat(clinic.audit.get(clinic.audit.size() - 1).detail()).contains("patient collapsed, doctor away");
        assertThat(notes.forPatient(nurse, asha)).extracting(SoapNote::id).containsExactly(signed.id());
        assertThatThrownBy(() -> notes.forPatient(reception, asha)).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aFollowUpIsBookedWhenSignedAndMovedWhenAmended() {
        LocalDate week = clinic.ctx.today().plusWeeks(1);
        LocalDate twoWeeks = clinic.ctx.today().plusWeeks(2);
        SoapNote signed = notes.writeAndSign(doctor, asha, soap("viral").withFollowUp(Optional.of(week)));
        notes.amend(doctor, signed.id(), "review later", soap("viral").withFollowUp(Optional.of(twoWeeks)));
        notes.amend(doctor, signed.id(), "no review needed", soap("viral, resolving"));
        assertThat(bookings).containsExactly("-->" + week, week + "->" + twoWeeks, twoWeeks + "->-");
    }

    @Test
    void aFollowUpIsTypedAsADateOrASpanAndNeverInThePast() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertThat(FollowUp.parse("3d", today)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(FollowUp.parse(" 2W ", today)).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(FollowUp.parse("1m", today)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(FollowUp.parse("2026-12-07", today)).isEqualTo(LocalDate.of(2026, 12, 7));
        for (String bad : new String[] {"", "next week", "2026-11-29"}) {
            assertThatThrownBy(() -> FollowUp.parse(bad, today)).as(bad)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("follow-up"));
        }
    }
}
