package org.clinicdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.clinicdesk.core.audit.AuditService;
import org.clinicdesk.core.common.PermissionDeniedException;
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
import org.clinicdesk.core.queue.BoardRow;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueService;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.PasswordHasher;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.users.SignInPolicy;
import org.clinicdesk.core.users.UserService;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;
import org.clinicdesk.core.vitals.VitalsService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core use cases wired over a real store, the way the app wires them: a clinic morning end to end. */
class CoreUseCasesOverStoreTest {
    @TempDir
    Path dir;

    @Test
    void aPatientGoesFromRegistrationToASignedAmendedNoteAndTheAuditChainHolds() {
        try (LocalStore store = TestStores.openInitialised(dir)) {
            var ctx = store.context();
            UserService users = new UserService(ctx, store.users(), store.signInLockouts(), new PasswordHasher(), SignInPolicy.DEFAULT);
            PatientService patients = new PatientService(ctx, store.patients());
            VitalsService vitals = new VitalsService(ctx, store.vitals());
            // the board's markers and consultation starts read for the whole board at once, as the app wires it
            QueueService queue = new QueueService(ctx, store.queue(), store.patients(), vitals::takenToday,
                    vitals::takenToday, java.util.function.UnaryOperator.identity());
            NoteService notes = new NoteService(ctx, store.notes(), store.patients());

            users.addFirstAdmin("admin", "correct horse".toCharArray(), TestStores.SITE);
            Actor admin = users.signIn("admin", "correct horse".toCharArray(), TestStores.SITE);
            users.add(admin, "nurse.ann", "Ann", Role.NURSE, "nurse-pass-1".toCharArray());
            users.add(admin, "dr.mehta", "Dr Mehta", Role.DOCTOR, "doctor-pass-1".toCharArray());
            Actor nurse = users.signIn("nurse.ann", "nurse-pass-1".toCharArray(), TestStores.SITE);
            Actor doctor = users.signIn("dr.mehta", "doctor-pass-1".toCharArray(), TestStores.SITE);

            Patient p = patients.register(nurse, new PatientDetails(PersonName.parse("Asha Rao"),
                    DateOfBirth.exact(LocalDate.of(1980, 5, 17), ctx.today()), Sex.F, null, "", java.util.List.of()));
            Patient second = patients.register(nurse, new PatientDetails(PersonName.parse("Ravi Shankar"),
                    DateOfBirth.exact(LocalDate.of(1975, 1, 2), ctx.today()), Sex.M, null, "", java.util.List.of()));
            assertThat(p.uhid().value()).isEqualTo("A-000001-" + p.uhid().checkCharacter());
            assertThat(second.uhid().serial()).isEqualTo(2);

            QueueEntry entry = queue.add(nurse, p, Priority.NORMAL);
            assertThat(entry.token().value()).isEqualTo("A-001");
            queue.move(nurse, entry.token(), QueueStatus.IN_TRIAGE, "");
            vitals.record(nurse, p, new VitalSigns(88, 18, 124, 82, 37.9, 97, SpO2Scale.SCALE_1, false, Acvpu.A, null, null));
            queue.move(nurse, entry.token(), QueueStatus.READY_FOR_DOCTOR, "");
            assertThat(queue.board(nurse)).singleElement().satisfies(row -> assertThat(row.hasVitals()).isTrue());
            queue.add(nurse, second, Priority.NORMAL);
            assertThat(queue.callNext(doctor)).map(QueueEntry::status).contains(QueueStatus.IN_CONSULTATION);
            java.util.Map<Patient, BoardRow> board = queue.board(nurse).stream()
                    .collect(java.util.stream.Collectors.toMap(BoardRow::patient, row -> row));
            assertThat(board).as("the board: vitals marker and consultation start per row").hasSize(2);
            assertThat(board.get(p).hasVitals()).isTrue();
            assertThat(board.get(p).seenBy()).contains(doctor.username());
            assertThat(board.get(p).consultationStartedAt()).isPresent();
            assertThat(board.get(second).hasVitals()).isFalse();
            assertThat(board.get(second).seenBy()).isEmpty();

            SoapNote signed = notes.writeAndSign(doctor, p, NoteContent.of(new SoapText("fever", "T 37.9", "viral", "rest")));
            assertThatThrownBy(() -> notes.writeAndSign(nurse, p, NoteContent.of(new SoapText("x", "", "", ""))))
                    .isInstanceOf(PermissionDeniedException.class);
            notes.amend(doctor, signed.id(), "added advice", NoteContent.of(new SoapText("fever", "T 37.9", "viral", "rest, fluids")));
            assertThat(queue.history(nurse, entry.token())).extracting(t -> t.to())
                    .containsExactly(QueueStatus.WAITING, QueueStatus.IN_TRIAGE, QueueStatus.READY_FOR_DOCTOR,
                            QueueStatus.IN_CONSULTATION);

            assertThat(patients.find(nurse, "asha")).containsExactly(p);
            assertThat(notes.forPatient(doctor, p)).containsExactly(signed);
            assertThat(new AuditService(ctx.tx(), store.auditLog()).verifyAll())
                    .singleElement().satisfies(v -> assertThat(v.intact()).as(v.reason()).isTrue());
            assertThat(store.outbox().size()).isPositive();
        }
    }
}
