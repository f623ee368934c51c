package org.clinicdesk.app.gui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.assertj.core.groups.Tuple;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.queue.QueueTransition;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 17's flow board in the real window, clicked as the nurse does: the filter tabs show where each patient is;
 * Cancel visit asks for a reason and does nothing without one; Complete without a signed note asks why and does
 * nothing without an answer. ({@code FlowBoardTest} walks the same rules through the view model over a whole day.)
 */
class FlowBoardWindowTest extends WindowTest {

    @Test
    void filtersShowWhereEachPatientIsAndClosingAVisitNeedsItsReason(FxRobot robot) {
        Session desk = Sessions.signIn(store(), "reception");
        Session nurse = Sessions.signIn(store(), "nurse");
        Session doctor = Sessions.signIn(store(), "doctor");
        QueueEntry asha = queue(desk, "Asha Waiting");
        QueueEntry bela = queue(desk, "Bela Triage");
        QueueEntry chitra = queue(desk, "Chitra Seen");
        var queue = store().services().queue();
        queue.move(nurse.actor(), bela.token(), QueueStatus.IN_TRIAGE, "");
        queue.move(nurse.actor(), chitra.token(), QueueStatus.IN_TRIAGE, "");
        queue.move(nurse.actor(), chitra.token(), QueueStatus.READY_FOR_DOCTOR, "");
        queue.move(doctor.actor(), chitra.token(), QueueStatus.IN_CONSULTATION, "");

        signIn(robot, "reception");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> shown(robot, "#queueBoard") && board(robot).size() == 3);
        assertThat(names(robot)).as("Active: every open visit").containsExactlyInAnyOrder("Asha Waiting",
                "Bela Triage", "Chitra Seen");
        robot.clickOn("#filter-WAITING");
        waitUntil(() -> names(robot).equals(List.of("Asha Waiting")));
        robot.clickOn("#filter-WITH_NURSE");
        waitUntil(() -> names(robot).equals(List.of("Bela Triage")));
        robot.clickOn("#filter-WITH_DOCTOR");
        waitUntil(() -> names(robot).equals(List.of("Chitra Seen")));
        robot.clickOn("#filter-DONE_TODAY");
        waitUntil(() -> board(robot).isEmpty());

        robot.clickOn("#filter-WAITING");
        waitUntil(() -> names(robot).equals(List.of("Asha Waiting")));
        select(robot, "Asha Waiting");
        reasonAsked(robot, "#action-CANCEL", asha);
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        waitUntil(() -> queueMessage(robot).contains(asha.token().value()));
        assertThat(status(asha)).as("no reason, no cancel").isEqualTo(QueueStatus.WAITING);
        reasonAsked(robot, "#action-CANCEL", asha);
        robot.clickOn(".dialog-pane .text-field").write("Left before being seen").push(KeyCode.ENTER);
        waitUntil(() -> status(asha) == QueueStatus.CANCELLED);
        assertThat(history(asha)).extracting(QueueTransition::to, QueueTransition::reason)
                .contains(Tuple.tuple(QueueStatus.CANCELLED, "Left before being seen"));
        waitUntil(() -> board(robot).isEmpty());
        signOut(robot);

        signIn(robot, "doctor");
        waitUntil(() -> shown(robot, "#queueBoard") && names(robot).contains("Chitra Seen"));
        select(robot, "Chitra Seen");
        reasonAsked(robot, "#action-COMPLETE", chitra);
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        waitUntil(() -> queueMessage(robot).contains(chitra.token().value()));
        assertThat(status(chitra)).as("no signed note and no reason: not completed")
                .isEqualTo(QueueStatus.IN_CONSULTATION);
        reasonAsked(robot, "#action-COMPLETE", chitra);
        robot.clickOn(".dialog-pane .text-field").write("Only a repeat prescription collected").push(KeyCode.ENTER);
        waitUntil(() -> status(chitra) == QueueStatus.COMPLETED);
        assertThat(history(chitra)).extracting(QueueTransition::reason).contains("Only a repeat prescription collected");

        robot.clickOn("#filter-DONE_TODAY");
        waitUntil(() -> names(robot).size() == 2);
        assertThat(names(robot)).containsExactlyInAnyOrder("Asha Waiting", "Chitra Seen");
    }

    /** Clicks the action and waits for the dialog asking why, naming the token and the patient, its field focused. */
    private void reasonAsked(FxRobot robot, String action, QueueEntry entry) {
        waitUntil(() -> !button(robot, action).isDisabled());
        robot.clickOn(action);
        waitUntil(() -> shown(robot, ".dialog-pane .text-field")
                && robot.lookup(".dialog-pane .text-field").query().isFocused());
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .contains(entry.token().value());
    }

    private QueueEntry queue(Session desk, String name) {
        var patient = store().services().patients().register(desk.actor(), new PatientDetails(PersonName.parse(name),
                DateOfBirth.exact(LocalDate.of(1980, 1, 1), LocalDate.now()), Sex.F, null, "", List.of()));
        return store().services().queue().add(desk.actor(), patient, Priority.NORMAL);
    }

    private List<String> names(FxRobot robot) {
        return board(robot).stream().map(BoardItem::name).toList();
    }

    @SuppressWarnings("unchecked")
    private void select(FxRobot robot, String name) {
        TableView<BoardItem> table = robot.lookup("#queueBoard").queryAs(TableView.class);
        robot.interact(() -> table.getItems().stream().filter(i -> i.name().equals(name)).findFirst()
                .ifPresent(i -> table.getSelectionModel().select(i)));
    }

    private String queueMessage(FxRobot robot) {
        return robot.lookup("#queueMessage").queryAs(Label.class).getText();
    }

    private QueueStatus status(QueueEntry entry) {
        Session nurse = Sessions.signIn(store(), "nurse");
        return store().services().queue().board(nurse.actor()).stream().filter(r -> r.entry().id().equals(entry.id()))
                .findFirst().orElseThrow().entry().status();
    }

    private List<QueueTransition> history(QueueEntry entry) {
        return store().services().queue().history(Sessions.signIn(store(), "nurse").actor(), entry.token());
    }
}
