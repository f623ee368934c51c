package org.clinicdesk.app.gui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.app.gui.common.DialogService;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueBoardViewModelTest {
    @TempDir
    Path dataDir;
    Workstore store;
    Session reception;

    @BeforeEach
    void open() {
        store = TestStores.openWithUsers(dataDir);
        reception = Sessions.signIn(store, "reception");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void reloadsOnlyWhenTheStoreMarkerMoves() {
        QueueBoardViewModel vm = board(reception, answers(Optional.empty()));
        queue("Asha One", Priority.NORMAL);
        vm.storeMarker(store.changeMarker());
        assertThat(vm.items()).hasSize(1);
        queue("Bela Two", Priority.NORMAL);
        vm.storeMarker(7_777);
        assertThat(vm.items()).hasSize(2);
        queue("Chitra Three", Priority.NORMAL);
        vm.storeMarker(7_777);
        assertThat(vm.items()).as("same marker, no reload").hasSize(2);
    }

    @Test
    void theFlagBadgeCountsForRolesThatReadChartsOnly() {
        queue("Asha One", Priority.NORMAL);
        Session doctor = Sessions.signIn(store, "doctor");
        var p = store.services().patients().find(doctor.actor(), "Asha One").get(0);
        store.services().notes().writeAndSign(doctor.actor(), p, new org.clinicdesk.core.notes.NoteContent(
                new org.clinicdesk.core.notes.SoapText("Review", "", "AF", "Continue"), List.of(),
                List.of(org.clinicdesk.core.notes.PrescriptionParser.parse("Tab Warfarin 5 mg OD"),
                        org.clinicdesk.core.notes.PrescriptionParser.parse("Tab Aspirin 75 mg OD"))));
        store.services().flags().forPatient(doctor.actor(), p.uhid().value());
        QueueBoardViewModel forDoctor = board(doctor, answers(Optional.empty()));
        forDoctor.refresh();
        assertThat(forDoctor.items().get(0).unansweredHighFlags()).isPositive();
        QueueBoardViewModel forReception = board(reception, answers(Optional.empty()));
        forReception.refresh();
        assertThat(forReception.items().get(0).unansweredHighFlags()).as("reception may not read charts").isZero();
    }

    @Test
    void actionsFollowTheSelectedEntrysStatus() {
        queue("Asha One", Priority.NORMAL);
        Session nurse = Sessions.signIn(store, "nurse");
        QueueBoardViewModel vm = board(nurse, answers(Optional.empty()));
        vm.refresh();
        vm.selectedProperty().set(vm.items().get(0));
        assertThat(vm.enabled(QueueAction.START_TRIAGE).get()).isTrue();
        assertThat(vm.enabled(QueueAction.READY_FOR_DOCTOR).get()).isFalse();
        vm.perform(QueueAction.START_TRIAGE);
        assertThat(vm.items().get(0).status()).isEqualTo(QueueStatus.IN_TRIAGE);
        assertThat(vm.selectedProperty().get().status()).isEqualTo(QueueStatus.IN_TRIAGE);
        assertThat(vm.enabled(QueueAction.START_TRIAGE).get()).isFalse();
        assertThat(vm.enabled(QueueAction.READY_FOR_DOCTOR).get()).isTrue();
    }

    @Test
    void requeueAsksForAReasonAndDoesNothingWhenCancelled() {
        queue("Asha One", Priority.NORMAL);
        QueueBoardViewModel absent = board(reception, answers(Optional.of("did not come back")));
        absent.refresh();
        absent.selectedProperty().set(absent.items().get(0));
        absent.perform(QueueAction.NO_SHOW);
        QueueBoardViewModel cancelled = board(reception, answers(Optional.empty()));
        cancelled.refresh();
        cancelled.selectedProperty().set(cancelled.items().get(0));
        assertThat(cancelled.items().get(0).status()).isEqualTo(QueueStatus.NO_SHOW);
        cancelled.perform(QueueAction.REQUEUE);
        assertThat(cancelled.items().get(0).status()).isEqualTo(QueueStatus.NO_SHOW);

        QueueBoardViewModel vm = board(reception, answers(Optional.of("came back from the pharmacy")));
        vm.refresh();
        vm.selectedProperty().set(vm.items().get(0));
        vm.perform(QueueAction.REQUEUE);
        assertThat(vm.items().get(0).status()).isEqualTo(QueueStatus.WAITING);
        assertThat(store.auditLog().chainOf("A").stream().filter(e -> e.action().equals("QUEUE_REQUEUED")))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("came back from the pharmacy"));
    }

    @Test
    void callNextSelectsTheCalledPatientForTheNextStep() {
        queue("Asha One", Priority.NORMAL);
        queue("Bela Two", Priority.EMERGENCY);
        QueueBoardViewModel vm = board(Sessions.signIn(store, "doctor"), answers(Optional.empty()));
        vm.refresh();
        vm.selectedProperty().set(vm.items().get(1));
        vm.perform(QueueAction.CALL_NEXT);
        assertThat(vm.selectedProperty().get().name()).isEqualTo("Bela Two");
        assertThat(vm.selectedProperty().get().status()).isEqualTo(QueueStatus.IN_CONSULTATION);
        assertThat(vm.enabled(QueueAction.COMPLETE).get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Calling A-002 Bela Two to the consultation room.");
    }

    @Test
    void callNextWhenNobodyIsReadySaysSo() {
        queue("Asha One", Priority.NORMAL);
        QueueBoardViewModel vm = board(Sessions.signIn(store, "doctor"), answers(Optional.empty()));
        vm.perform(QueueAction.CALL_NEXT);
        assertThat(vm.messageProperty().get()).isEqualTo("Nobody is ready for the doctor.");
    }

    @Test
    void anEarlierDaysListIsShownReadOnly() {
        queue("Asha One", Priority.NORMAL);
        LocalDate storeToday = LocalDate.now();
        // the board's clock is a day ahead: the store's today is an earlier day for it
        QueueBoardViewModel vm = new QueueBoardViewModel(reception, new SameThreadTaskExecutor(), answers(Optional.empty()),
                Clock.offset(Clock.systemDefaultZone(), java.time.Duration.ofDays(1)));
        vm.refresh();
        assertThat(vm.items()).as("the board opens on its own today").isEmpty();
        assertThat(vm.pastDayProperty().get()).isFalse();
        assertThat(vm.enabled(QueueAction.CALL_NEXT).get() || !vm.offers(QueueAction.CALL_NEXT)).isTrue();

        vm.dayProperty().set(storeToday);

        assertThat(vm.items()).extracting(BoardItem::name).containsExactly("Asha One");
        assertThat(vm.pastDayProperty().get()).isTrue();
        vm.selectedProperty().set(vm.items().get(0));
        for (QueueAction action : QueueAction.values()) {
            assertThat(vm.enabled(action).get()).as(action + " on an earlier day").isFalse();
        }
        vm.changePriority(Priority.URGENT);
        vm.showToday();
        vm.dayProperty().set(storeToday);
        assertThat(vm.items().get(0).priority()).as("nothing changed on an earlier day").isEqualTo(Priority.NORMAL);
    }

    @Test
    void theDoctorColumnShowsTheDoctorsRoom() {
        queue("Asha One", Priority.EMERGENCY);
        Session doctor = Sessions.signIn(store, "doctor");
        store.services().settings().setDoctorRoom(doctor.actor(), doctor.actor().username(), "Room 2");
        QueueBoardViewModel vm = board(doctor, answers(Optional.empty()));
        vm.refresh();
        vm.perform(QueueAction.CALL_NEXT);
        assertThat(vm.items().get(0).seenBy()).isEqualTo(doctor.actor().username() + " \u00b7 Room 2");
    }

    private QueueBoardViewModel board(Session session, DialogService dialogs) {
        return new QueueBoardViewModel(session, new SameThreadTaskExecutor(), dialogs, Clock.systemDefaultZone());
    }

    private void queue(String name, Priority priority) {
        var p = store.services().patients().register(reception.actor(), new PatientDetails(PersonName.parse(name),
                DateOfBirth.exact(LocalDate.of(1960, 6, 1), LocalDate.now()), Sex.F, null, "", List.of()));
        store.services().queue().add(reception.actor(), p, priority);
    }

    private static DialogService answers(Optional<String> reason) {
        return new DialogService() {
            @Override
            public void showError(String title, String message) {
            }

            @Override
            public Optional<String> askText(String title, String prompt) {
                return reason;
            }

            @Override
            public boolean confirm(String title, String message) {
                return false;
            }
        };
    }
}
