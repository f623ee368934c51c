package org.clinicdesk.app.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.clinicdesk.app.gui.queue.BoardItem;
import org.clinicdesk.app.gui.testsupport.Fields;
import org.clinicdesk.app.gui.testsupport.Reception;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueStatus;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A whole morning at the clinic through the real window: reception, triage, the doctor. */
class MorningTest extends WindowTest {

    @Test
    void doctorGetsTheEmergencyFirstAndTheBoardFollowsTheMorning(FxRobot robot) {
        signIn(robot, "reception");
        Reception desk = new Reception(robot);
        desk.register("Ravi Normal", "1980-03-14", "M", "9811111111");
        desk.queueSelected(Priority.NORMAL);
        desk.register("Uma Urgent", "1975-07-01", "F", "9822222222");
        desk.queueSelected(Priority.URGENT);
        desk.register("Esha Emergency", "1990-11-30", "F", "9833333333");
        desk.queueSelected(Priority.EMERGENCY);
        signOut(robot);

        signIn(robot, "nurse");
        showQueue(robot);
        waitUntil(() -> board(robot).size() == 3);
        assertThat(board(robot)).extracting(BoardItem::name)
                .containsExactly("Esha Emergency", "Uma Urgent", "Ravi Normal");
        select(robot, "Ravi Normal");
        robot.push(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> statusOf(robot, "Ravi Normal") == QueueStatus.IN_TRIAGE);
        robot.clickOn("#action-READY_FOR_DOCTOR");
        waitUntil(() -> statusOf(robot, "Ravi Normal") == QueueStatus.READY_FOR_DOCTOR);
        signOut(robot);

        signIn(robot, "doctor");
        showQueue(robot);
        waitUntil(() -> board(robot).size() == 3);
        robot.clickOn("#action-CALL_NEXT");
        waitUntil(() -> statusOf(robot, "Esha Emergency") == QueueStatus.IN_CONSULTATION);
        assertThat(robot.lookup("#queueMessage").queryAs(Label.class).getText()).contains("Esha Emergency");
        assertThat(statusOf(robot, "Ravi Normal")).isEqualTo(QueueStatus.READY_FOR_DOCTOR);
        // Call next opened Esha's chart and note; back to the board, the whole day's rows.
        showQueue(robot);
        robot.clickOn("#filter-ALL");
        select(robot, "Esha Emergency");
        robot.push(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        // No note was signed: completing asks why.
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        Fields.typeInto(robot, ".dialog-pane .text-field", "seen and sent to the district hospital");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> statusOf(robot, "Esha Emergency") == QueueStatus.COMPLETED);
        robot.push(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> statusOf(robot, "Ravi Normal") == QueueStatus.IN_CONSULTATION);

        List<BoardItem> end = board(robot);
        assertThat(end).extracting(BoardItem::name).containsExactly("Esha Emergency", "Uma Urgent", "Ravi Normal");
        assertThat(end).extracting(BoardItem::status).containsExactly(QueueStatus.COMPLETED, QueueStatus.WAITING,
                QueueStatus.IN_CONSULTATION);
        assertThat(end).extracting(BoardItem::priorityText).containsExactly("Emergency", "Urgent", "Normal");
        assertThat(end).extracting(BoardItem::hasVitals).containsOnly(false);
    }

    private void showQueue(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#queueBoard").tryQuery().map(n -> n.isVisible() && n.getScene() != null)
                .orElse(false));
    }

    @SuppressWarnings("unchecked")
    private void select(FxRobot robot, String name) {
        TableView<BoardItem> table = robot.lookup("#queueBoard").queryAs(TableView.class);
        robot.interact(() -> table.getItems().stream().filter(i -> i.name().equals(name)).findFirst()
                .ifPresent(i -> table.getSelectionModel().select(i)));
        robot.clickOn("#queueBoard");
    }

    private QueueStatus statusOf(FxRobot robot, String name) {
        return board(robot).stream().filter(i -> i.name().equals(name)).findFirst().map(BoardItem::status)
                .orElse(null);
    }
}
