package org.clinicdesk.storage.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.NoteService;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PatientService;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueService;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.queue.QueueTransition;
import org.clinicdesk.core.reports.ReportVisit;
import org.clinicdesk.core.reports.SignedNote;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.vitals.VitalsService;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a clinic report reads from the real store: a day's visits with their moves and patients, and signed notes. */
class ReportSourceTest {
    @TempDir
    Path dir;

    @Test
    void aDaysVisitCarriesItsPatientAndEveryMoveAndOtherDaysStayOut() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            var ctx = store.context();
            Actor nurse = TestStores.actor(Role.NURSE);
            PatientService patients = new PatientService(ctx, store.patients());
            QueueService queue = new QueueService(ctx, store.queue(), store.patients(),
                    new VitalsService(ctx, store.vitals())::takenToday);
            Patient asha = patients.register(nurse, new PatientDetails(PersonName.parse("Asha Rao"),
                    DateOfBirth.exact(LocalDate.of(1980, 5, 17), ctx.today()), Sex.F, null, "", List.of()));
            QueueEntry entry = queue.add(nurse, asha, Priority.URGENT);
            queue.move(nurse, entry.token(), QueueStatus.IN_TRIAGE, "");
            queue.move(TestStores.actor(Role.RECEPTION), entry.token(), QueueStatus.CANCELLED, "left before triage ended");

            List<ReportVisit> today = ctx.tx().inTransaction(() -> store.reports().visits(ctx.today(), ctx.today()));
            assertThat(today).singleElement().satisfies(v -> {
                assertThat(v.patientName()).isEqualTo("Asha Rao");
                assertThat(v.uhid()).isEqualTo(asha.uhid().value());
                assertThat(v.patient()).map(Patient::id).contains(asha.id());
                assertThat(v.entry().status()).isEqualTo(QueueStatus.CANCELLED);
                assertThat(v.transitions()).extracting(QueueTransition::to)
                        .containsExactly(QueueStatus.WAITING, QueueStatus.IN_TRIAGE, QueueStatus.CANCELLED);
            });
            assertThat(ctx.tx().inTransaction(() -> store.reports().visits(ctx.today().minusDays(3),
                    ctx.today().minusDays(1)))).isEmpty();
        }
    }

    @Test
    void aSignedNoteReadsAsItsLatestAmendmentAndOnlyWithinThePeriod() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            var ctx = store.context();
            Actor doctor = TestStores.actor(Role.DOCTOR);
            Patient asha = TestStores.savedPatient(store, 1, "Asha Rao", null);
            NoteService notes = new NoteService(ctx, store.notes(), store.patients());
            Instant before = ctx.clock().instant().minusSeconds(1);
            SoapNote signed = notes.writeAndSign(doctor, asha, NoteContent.of(new SoapText("fever", "", "viral", "rest")));
            notes.amend(doctor, signed.id(), "first fix", NoteContent.of(new SoapText("fever", "", "viral", "fluids")));
            notes.amend(doctor, signed.id(), "second fix", NoteContent.of(new SoapText("fever", "", "dengue?", "NS1")));
            Instant after = ctx.clock().instant().plusSeconds(1);

            List<SignedNote> found = ctx.tx().inTransaction(() -> store.reports().notesSignedBetween(before, after));
            assertThat(found).singleElement().satisfies(n -> {
                assertThat(n.noteId()).isEqualTo(signed.id());
                assertThat(n.patientId()).isEqualTo(asha.id());
                assertThat(n.signedBy()).isEqualTo(doctor.username());
                assertThat(n.content().text().assessment()).isEqualTo("dengue?");
            });
            assertThat(ctx.tx().inTransaction(() -> store.reports().notesSignedBetween(after, after.plusSeconds(60))))
                    .isEmpty();
        }
    }
}
