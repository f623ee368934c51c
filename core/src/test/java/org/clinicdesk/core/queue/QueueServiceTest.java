package org.clinicdesk.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clinicdesk.core.MemoryClinic;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.SiteCode;
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

/** The queue's use cases: tokens, the state machine with its owners, call next, requeue, priority, slips, follow-ups. */
class QueueServiceTest {
    private final Actor reception = MemoryClinic.actor(Role.RECEPTION);
    private final Actor nurse = MemoryClinic.actor(Role.NURSE);
    private final Actor doctor = MemoryClinic.actor(Role.DOCTOR, "dr.mehta");
    private MemoryClinic clinic;
    private Set<UUID> vitalsToday;
    private QueueService queue;
    private Patient asha;
    private Patient ravi;

    @BeforeEach
    void setUp() {
        clinic = new MemoryClinic();
        vitalsToday = new HashSet<>();
        queue = new QueueService(clinic.ctx, clinic.queueRepository(), clinic.patientRepository(), vitalsToday::contains);
        asha = patient(1, "Asha Rao");
        ravi = patient(2, "Ravi Shankar");
    }

    private Patient patient(long serial, String name) {
        Patient p = new Patient(UUID.randomUUID(), new Uhid(MemoryClinic.SITE, serial), PersonName.parse(name),
                new DateOfBirth(LocalDate.of(1980, 5, 17), false), Sex.F, null, "", List.of(), PatientStatus.ACTIVE);
        clinic.patients.put(p.id(), p);
        return p;
    }

    @Test
    void tokensCountUpPerDayAndStartAgainTheNextDay() {
        assertThat(queue.add(reception, asha, Priority.NORMAL).token().value()).isEqualTo("A-001");
        assertThat(queue.add(reception, ravi, Priority.NORMAL).token().value()).isEqualTo("A-002");
        clinic.clock.advance(Duration.ofDays(1));
        assertThat(queue.add(reception, asha, Priority.NORMAL).token().value()).isEqualTo("A-001");
        assertThat(clinic.auditActions()).containsOnly("QUEUE_ADDED").hasSize(3);
    }

    @Test
    void theClinicsChosenPrefixLeadsTheToken() {
        QueueService prefixed = new QueueService(clinic.ctx, clinic.queueRepository(), clinic.patientRepository(),
                id -> false, desk -> new SiteCode("R"));
        assertThat(prefixed.add(reception, asha, Priority.NORMAL).token().value()).isEqualTo("R-001");
    }

    @Test
    void aPatientAlreadyInTodaysQueueIsNotQueuedTwiceAndNothingIsWritten() {
        queue.add(reception, asha, Priority.NORMAL);
        assertThatThrownBy(() -> queue.add(reception, asha, Priority.URGENT))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("A-001");
        assertThat(clinic.entries).hasSize(1);
        assertThat(clinic.audit).hasSize(1);
    }

    @Test
    void aDoctorCannotQueueAPatient() {
        assertThatThrownBy(() -> queue.add(doctor, asha, Priority.NORMAL)).isInstanceOf(PermissionDeniedException.class);
        assertThat(clinic.entries).isEmpty();
    }

    @Test
    void aPatientWalksTheWholeWayWithEachStepByItsOwnerAndRecorded() {
        Token t = queue.add(reception, asha, Priority.NORMAL).token();
        queue.move(nurse, t, QueueStatus.IN_TRIAGE, "");
        queue.move(nurse, t, QueueStatus.READY_FOR_DOCTOR, null);
        queue.move(doctor, t, QueueStatus.IN_CONSULTATION, "");
        QueueEntry done = queue.move(doctor, t, QueueStatus.COMPLETED, "");
        assertThat(done.status()).isEqualTo(QueueStatus.COMPLETED);
        assertThat(queue.history(reception, t)).extracting(QueueTransition::to).containsExactly(QueueStatus.WAITING,
                QueueStatus.IN_TRIAGE, QueueStatus.READY_FOR_DOCTOR, QueueStatus.IN_CONSULTATION, QueueStatus.COMPLETED);
        assertThat(queue.history(reception, t)).extracting(QueueTransition::byUser)
                .containsExactly("reception", "nurse", "nurse", "dr.mehta", "dr.mehta");
    }

    @Test
    void aStepOwnedByAnotherRoleIsRefused() {
        Token t = queue.add(reception, asha, Priority.NORMAL).token();
        assertThatThrownBy(() -> queue.move(reception, t, QueueStatus.IN_TRIAGE, ""))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> queue.move(nurse, t, QueueStatus.CANCELLED, ""))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(clinic.entries.values()).extracting(QueueEntry::status).containsExactly(QueueStatus.WAITING);
    }

    @Test
    void movingBackToWaitingIsOnlyByRequeue() {
        Token t = queue.add(reception, asha, Priority.NORMAL).token();
        assertThatThrownBy(() -> queue.move(reception, t, QueueStatus.WAITING, ""))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("requeue");
    }

    @Test
    void aClosedEntryDoesNotMoveAndAStepCannotBeSkipped() {
        Token t = queue.add(reception, asha, Priority.NORMAL).token();
        assertThatThrownBy(() -> queue.move(doctor, t, QueueStatus.IN_CONSULTATION, ""))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("triage");
        queue.move(reception, t, QueueStatus.NO_SHOW, "");
        assertThatThrownBy(() -> queue.move(nurse, t, QueueStatus.IN_TRIAGE, ""))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining(t.value());
        assertThatThrownBy(() -> queue.move(nurse, Token.parse("A-099"), QueueStatus.IN_TRIAGE, ""))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEmergencyGoesStraightToTheDoctorAndIsCalledFirst() {
        Token normal = queue.add(reception, asha, Priority.NORMAL).token();
        queue.move(nurse, normal, QueueStatus.IN_TRIAGE, "");
        queue.move(nurse, normal, QueueStatus.READY_FOR_DOCTOR, "");
        clinic.clock.advance(Duration.ofMinutes(5));
        queue.add(reception, ravi, Priority.EMERGENCY);
        assertThat(queue.callNext(doctor)).map(e -> e.patientId()).contains(ravi.id());
        assertThat(queue.callNext(doctor)).map(e -> e.patientId()).contains(asha.id());
        assertThat(queue.callNext(doctor)).isEmpty();
    }

    @Test
    void onlyADoctorCallsTheNextPatient() {
        assertThatThrownBy(() -> queue.callNext(nurse)).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aRequeueNeedsAReasonAndBringsTheEntryBackToWaiting() {
        Token t = queue.add(reception, asha, Priority.NORMAL).token();
        assertThatThrownBy(() -> queue.requeue(reception, t, " ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> queue.requeue(reception, t, "came back"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining(t.value());
        queue.move(reception, t, QueueStatus.CANCELLED, "");
        QueueEntry back = queue.requeue(reception, t, "  came back from the pharmacy ");
        assertThat(back.status()).isEqualTo(QueueStatus.WAITING);
        assertThat(queue.history(reception, t)).last().satisfies(tr -> {
            assertThat(tr.from()).isEqualTo(QueueStatus.CANCELLED);
            assertThat(tr.reason()).isEqualTo("came back from the pharmacy");
        });
        assertThat(clinic.auditActions()).last().isEqualTo("QUEUE_REQUEUED");
    }

    @Test
    void theBoardOrdersByPriorityAndShowsVitalsAndWhoIsSeeingThePatient() {
        Token a = queue.add(reception, asha, Priority.NORMAL).token();
        clinic.clock.advance(Duration.ofMinutes(2));
        queue.add(reception, ravi, Priority.URGENT);
        vitalsToday.add(asha.id());
        queue.move(nurse, a, QueueStatus.IN_TRIAGE, "");
        queue.move(nurse, a, QueueStatus.READY_FOR_DOCTOR, "");
        clinic.clock.advance(Duration.ofMinutes(3));
        queue.move(doctor, a, QueueStatus.IN_CONSULTATION, "");

        List<BoardRow> board = queue.board(reception);
        assertThat(board).extracting(r -> r.patient().id()).containsExactly(ravi.id(), asha.id());
        BoardRow seen = board.get(1);
        assertThat(seen.hasVitals()).isTrue();
        assertThat(seen.consultationStartedAt()).contains(MemoryClinic.MORNING.plus(Duration.ofMinutes(5)));
        assertThat(seen.seenBy()).contains("dr.mehta");
        assertThat(board.get(0).hasVitals()).isFalse();
        assertThat(board.get(0).consultationStartedAt()).isEmpty();
    }

    @Test
    void anEarlierDaysBoardIsAsItWasLeftWithoutTodaysVitalsMark() {
        queue.add(reception, asha, Priority.NORMAL);
        vitalsToday.add(asha.id());
        LocalDate yesterday = clinic.ctx.today();
        clinic.clock.advance(Duration.ofDays(1));
        assertThat(queue.board(reception, yesterday)).singleElement()
                .satisfies(r -> assertThat(r.hasVitals()).isFalse());
        assertThat(queue.board(reception)).isEmpty();
    }

    @Test
    void anOpenEntrysPriorityChangesAuditedAndAClosedOnesDoesNot() {
        Token t = queue.add(reception, asha, Priority.NORMAL).token();
        assertThat(queue.changePriority(nurse, t, Priority.URGENT, " chest pain ").priority()).isEqualTo(Priority.URGENT);
        assertThat(clinic.audit.get(clinic.audit.size() - 1).detail()).isEqualTo("A-001 NORMAL->URGENT: chest pain");
        int events = clinic.audit.size();
        assertThat(queue.changePriority(nurse, t, Priority.URGENT, "again").priority()).isEqualTo(Priority.URGENT);
        assertThat(clinic.audit).hasSize(events);
        assertThatThrownBy(() -> queue.changePriority(doctor, t, Priority.NORMAL, ""))
                .isInstanceOf(PermissionDeniedException.class);
        queue.move(reception, t, QueueStatus.CANCELLED, "");
        assertThatThrownBy(() -> queue.changePriority(reception, t, Priority.NORMAL, ""))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aSlipIsPrintedByTokenOrByUhidAndTheSlipIsAudited() {
        Token t = queue.add(reception, asha, Priority.NORMAL).token();
        Token printed = queue.printSlip(reception, "A-001", r -> r.entry().token());
        String name = queue.printSlip(reception, asha.uhid().value(), r -> r.patient().name().full());
        assertThat(printed).isEqualTo(t);
        assertThat(name).isEqualTo("Asha Rao");
        assertThat(clinic.auditActions()).endsWith("TOKEN_SLIP_PRINTED", "TOKEN_SLIP_PRINTED");
        assertThat(clinic.audit.get(clinic.audit.size() - 1).detail()).startsWith(asha.uhid().value());
        assertThatThrownBy(() -> queue.printSlip(reception, " ", r -> r)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> queue.printSlip(reception, ravi.uhid().value(), r -> r))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFollowUpBooksOnceMovesWithTheNoteAndComesBackWhenAskedAgain() {
        UUID note = UUID.randomUUID();
        LocalDate today = clinic.ctx.today();
        LocalDate inAWeek = today.plusDays(7);
        LocalDate inTwoWeeks = today.plusDays(14);
        clinic.ctx.tx().run(() -> queue.bookFollowUp(doctor, asha, note, Optional.empty(), Optional.of(inAWeek)));
        clinic.ctx.tx().run(() -> queue.bookFollowUp(doctor, asha, note, Optional.empty(), Optional.of(inAWeek)));
        assertThat(clinic.entries.values()).singleElement().satisfies(e -> {
            assertThat(e.serviceDate()).isEqualTo(inAWeek);
            assertThat(e.status()).isEqualTo(QueueStatus.WAITING);
        });

        clinic.ctx.tx().run(() -> queue.bookFollowUp(doctor, asha, note, Optional.of(inAWeek), Optional.of(inTwoWeeks)));
        assertThat(clinic.entries.values()).extracting(QueueEntry::serviceDate, QueueEntry::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(inAWeek, QueueStatus.CANCELLED),
                        org.assertj.core.groups.Tuple.tuple(inTwoWeeks, QueueStatus.WAITING));

        clinic.ctx.tx().run(() -> queue.bookFollowUp(doctor, asha, note, Optional.of(inTwoWeeks), Optional.of(inAWeek)));
        assertThat(clinic.entries.values()).extracting(QueueEntry::serviceDate, QueueEntry::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(inAWeek, QueueStatus.WAITING),
                        org.assertj.core.groups.Tuple.tuple(inTwoWeeks, QueueStatus.CANCELLED));
        assertThat(clinic.auditActions()).contains("QUEUE_REQUEUED");
    }

    @Test
    void theBoardShowsTheReasonOfTheNoteThatBookedAFollowUpAndNoneOnOtherEntries() {
        UUID note = UUID.randomUUID();
        QueueService withReasons = queue.withFollowUpReasons(
                id -> id.equals(note) ? Optional.of("review BP") : Optional.empty());
        clinic.ctx.tx().run(() -> withReasons.bookFollowUp(doctor, asha, note, Optional.empty(),
                Optional.of(clinic.ctx.today())));
        withReasons.add(reception, ravi, Priority.NORMAL);

        assertThat(withReasons.board(reception)).extracting(r -> r.patient().id(), BoardRow::followUpReason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(asha.id(), Optional.of("review BP")),
                        org.assertj.core.groups.Tuple.tuple(ravi.id(), Optional.empty()));
    }

    @Test
    void permissionForEachTargetNamesTheRoleThatOwnsIt() {
        assertThat(QueueService.permissionFor(QueueStatus.IN_TRIAGE)).isEqualTo(org.clinicdesk.core.users.Permission.QUEUE_TRIAGE);
        assertThat(QueueService.permissionFor(QueueStatus.COMPLETED)).isEqualTo(org.clinicdesk.core.users.Permission.QUEUE_CONSULT);
        assertThat(QueueService.permissionFor(QueueStatus.NO_SHOW)).isEqualTo(org.clinicdesk.core.users.Permission.QUEUE_CANCEL);
        assertThat(QueueService.permissionFor(QueueStatus.WAITING)).isEqualTo(org.clinicdesk.core.users.Permission.QUEUE_REQUEUE);
    }
}
