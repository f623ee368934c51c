package org.clinicdesk.app.gui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.H2Workstores.ScriptedDialogs;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board as a flow board over one real store: tabs by where each patient is, the waiting time that stops when the
 * consultation starts, cancel and no-show with a reason, complete with a signed note or a reason, priority changes
 * audited, and "call next" handing the called patient on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowBoardTest {
    private static final Duration LATER = Duration.ofHours(2);
    /**
     * Today at nine in the morning, running on: the walk looks two hours ahead, which must stay within the same day
     * whenever the suite runs (at 22:00 the real clock's "two hours on" is tomorrow, whose board is empty).
     */
    private final Clock morning = Clock.offset(Clock.systemDefaultZone(),
            Duration.between(ZonedDateTime.now(), LocalDate.now().atTime(9, 0).atZone(ZoneId.systemDefault())));
    Workstore store;
    Session reception;
    Session nurse;
    Session doctor;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    void open(@TempDir Path dataDir) {
        store = TestStores.openWithUsers(dataDir, morning);
        reception = Sessions.signIn(store, "reception");
        nurse = Sessions.signIn(store, "nurse");
        doctor = Sessions.signIn(store, "doctor");
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void theDayFlowsThroughTheTabsAndEveryClosingNeedsItsReason() {
        QueueEntry waiting = queue("Asha Waiting", Priority.NORMAL);
        QueueEntry triage = queue("Bela Triage", Priority.NORMAL);
        QueueEntry seen = queue("Chitra Seen", Priority.NORMAL);
        QueueEntry signed = queue("Devi Signed", Priority.NORMAL);
        QueueEntry absent = queue("Esha Absent", Priority.NORMAL);
        var q = store.services().queue();
        q.move(nurse.actor(), triage.token(), QueueStatus.IN_TRIAGE, "");
        for (QueueEntry e : List.of(seen, signed)) {
            q.move(nurse.actor(), e.token(), QueueStatus.IN_TRIAGE, "");
            q.move(nurse.actor(), e.token(), QueueStatus.READY_FOR_DOCTOR, "");
            q.move(doctor.actor(), e.token(), QueueStatus.IN_CONSULTATION, "");
        }
        Patient devi = store.services().patients().find(doctor.actor(), "Devi Signed").get(0);
        store.services().notes().writeAndSign(doctor.actor(), devi, new NoteContent(
                new SoapText("Cough", "", "URTI", "Rest"), List.of(), List.of()));

        // Two hours on, by the board's clock: the waiting patient has waited two hours, the ones in consultation
        // stopped waiting when the doctor called them (minutes after arriving).
        QueueBoardViewModel desk = board(reception, Clock.offset(morning, LATER));
        desk.refresh();
        assertThat(names(desk)).containsSubsequence("Asha Waiting", "Bela Triage", "Chitra Seen", "Devi Signed",
                "Esha Absent");
        assertThat(item(desk, "Asha Waiting").waiting()).isEqualTo("2 h 00 min");
        assertThat(item(desk, "Chitra Seen").waiting()).isEqualTo("0 min");
        assertThat(item(desk, "Chitra Seen").seenBy()).isEqualTo("doctor");

        dialogs.answer = Optional.empty();
        desk.selectedProperty().set(item(desk, "Esha Absent"));
        desk.perform(QueueAction.NO_SHOW);
        assertThat(item(desk, "Esha Absent").status()).as("no reason, no no-show").isEqualTo(QueueStatus.WAITING);
        assertThat(desk.messageProperty().get()).contains("needs a reason");
        dialogs.answer = Optional.of("left before triage");
        desk.perform(QueueAction.NO_SHOW);
        assertThat(item(desk, "Esha Absent").status()).isEqualTo(QueueStatus.NO_SHOW);
        assertThat(q.history(reception.actor(), absent.token())).last()
                .satisfies(t -> assertThat(t.reason()).isEqualTo("left before triage"));
        assertThat(item(desk, "Esha Absent").waiting()).as("a closed visit keeps its real wait").isEqualTo("0 min");

        QueueBoardViewModel room = board(doctor, morning);
        room.refresh();
        dialogs.answer = Optional.empty();
        room.selectedProperty().set(item(room, "Chitra Seen"));
        room.perform(QueueAction.COMPLETE);
        assertThat(item(room, "Chitra Seen").status()).as("no note, no reason: not completed")
                .isEqualTo(QueueStatus.IN_CONSULTATION);
        assertThat(room.messageProperty().get()).contains("sign the note, or give a reason");
        dialogs.answer = Optional.of("referred to the district hospital");
        room.perform(QueueAction.COMPLETE);
        assertThat(item(room, "Chitra Seen").status()).isEqualTo(QueueStatus.COMPLETED);
        dialogs.answer = Optional.empty();
        room.selectedProperty().set(item(room, "Devi Signed"));
        room.perform(QueueAction.COMPLETE);
        assertThat(item(room, "Devi Signed").status()).as("a signed note is enough").isEqualTo(QueueStatus.COMPLETED);

        desk.refresh();
        desk.filterProperty().set(BoardFilter.ACTIVE);
        assertThat(mine(shownNames(desk))).containsExactly("Asha Waiting", "Bela Triage");
        desk.filterProperty().set(BoardFilter.WAITING);
        assertThat(mine(shownNames(desk))).containsExactly("Asha Waiting");
        desk.filterProperty().set(BoardFilter.WITH_NURSE);
        assertThat(mine(shownNames(desk))).containsExactly("Bela Triage");
        desk.filterProperty().set(BoardFilter.WITH_DOCTOR);
        assertThat(mine(shownNames(desk))).isEmpty();
        desk.filterProperty().set(BoardFilter.DONE_TODAY);
        assertThat(mine(shownNames(desk))).containsExactly("Chitra Seen", "Devi Signed", "Esha Absent");
        desk.filterProperty().set(BoardFilter.ALL);
        assertThat(mine(shownNames(desk))).hasSize(5);
    }

    @Test
    void priorityChangesReorderTheBoardAndAreAudited() {
        queue("Farah First", Priority.NORMAL);
        queue("Gita Second", Priority.NORMAL);
        QueueBoardViewModel desk = board(nurse, morning);
        desk.refresh();
        desk.filterProperty().set(BoardFilter.WAITING);
        List<String> before = shownNames(desk);
        assertThat(before.indexOf("Gita Second")).isGreaterThan(before.indexOf("Farah First"));
        desk.selectedProperty().set(item(desk, "Gita Second"));
        desk.changePriority(Priority.URGENT);
        assertThat(shownNames(desk).indexOf("Gita Second")).isLessThan(shownNames(desk).indexOf("Farah First"));
        assertThat(item(desk, "Gita Second").priority()).isEqualTo(Priority.URGENT);
        assertThat(store.auditLog().chainOf("A").stream().filter(e -> e.action().equals("QUEUE_PRIORITY_CHANGED")))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("NORMAL->URGENT"));
    }

    @Test
    void callNextHandsTheCalledPatientOn() {
        QueueEntry ready = queue("Hema Ready", Priority.NORMAL);
        var q = store.services().queue();
        q.move(nurse.actor(), ready.token(), QueueStatus.IN_TRIAGE, "");
        q.move(nurse.actor(), ready.token(), QueueStatus.READY_FOR_DOCTOR, "");
        QueueBoardViewModel room = board(doctor, morning);
        List<Patient> called = new ArrayList<>();
        room.onCalled(called::add);
        room.refresh();
        room.perform(QueueAction.CALL_NEXT);
        assertThat(called).extracting(p -> p.name().full()).containsExactly("Hema Ready");
    }

    private QueueBoardViewModel board(Session session, Clock clock) {
        return new QueueBoardViewModel(session, new SameThreadTaskExecutor(), dialogs, clock);
    }

    private QueueEntry queue(String name, Priority priority) {
        var p = store.services().patients().register(reception.actor(), new PatientDetails(PersonName.parse(name),
                DateOfBirth.exact(LocalDate.of(1960, 6, 1), LocalDate.now(morning)), Sex.F, null, "", List.of()));
        return store.services().queue().add(reception.actor(), p, priority);
    }

    private static BoardItem item(QueueBoardViewModel vm, String name) {
        return vm.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(QueueBoardViewModel vm) {
        return vm.items().stream().map(BoardItem::name).toList();
    }

    /** This walk's patients only: the store is shared with the other cases. */
    private static List<String> mine(List<String> names) {
        return names.stream().filter(n -> List.of("Asha Waiting", "Bela Triage", "Chitra Seen", "Devi Signed",
                "Esha Absent").contains(n)).toList();
    }

    private static List<String> shownNames(QueueBoardViewModel vm) {
        return vm.shown().stream().map(BoardItem::name).toList();
    }
}
