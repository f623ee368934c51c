package org.clinicdesk.app.gui.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.app.gui.testsupport.Fields.fill;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.queue.BoardItem;
import org.clinicdesk.app.gui.queue.QueueBoardViewModel;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueStatus;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The note editor's "1 week" button sets the follow-up a week from today and the reason typed beside it; signing books
 * the patient, waiting, onto that day's list, which reception sees on that day's board with the reason.
 */
class FollowUpWindowTest extends WindowTest {
    @Test
    void quickButtonFollowUpIsSignedAndBookedOntoThatDaysBoardWithItsReason(FxRobot robot) {
        Patient patient = H2Workstores.register(store(), "Lakshmi Nair", "1958-09-30", Sex.F, List.of());
        store().services().queue().add(Sessions.signIn(store(), "reception").actor(), patient, Priority.NORMAL);
        signIn(robot, "doctor");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> board(robot).size() == 1);
        @SuppressWarnings("unchecked")
        TableView<BoardItem> table = robot.lookup("#queueBoard").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#queue-openChart").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#queue-openChart");
        waitUntil(() -> shown(robot, "#chart-writeNote"));
        robot.clickOn("#chart-writeNote");
        waitUntil(() -> shown(robot, "#note-subjective"));
        fill(robot, "#note-assessment", "Knee pain, improving.");

        LocalDate inAWeek = LocalDate.now().plusWeeks(1);
        robot.clickOn("#note-followUp-week_1");
        assertThat(robot.lookup("#note-followUp").queryAs(DatePicker.class).getValue()).isEqualTo(inAWeek);
        fill(robot, "#note-followUpReason", "Review knee after physio");
        waitUntil(() -> !button(robot, "#signNote").isDisabled());
        robot.clickOn("#signNote");
        waitUntil(() -> robot.lookup("#noteStatus").queryLabeled().getText().startsWith("Signed by doctor"));

        QueueBoardViewModel thatDay = new QueueBoardViewModel(Sessions.signIn(store(), "reception"),
                new SameThreadTaskExecutor(), new H2Workstores.ScriptedDialogs(), Clock.systemDefaultZone());
        thatDay.showDay(inAWeek);
        thatDay.refresh();
        Optional<BoardItem> booked = thatDay.items().stream().filter(i -> i.name().equals("Lakshmi Nair")).findFirst();
        assertThat(booked).as("booked onto the list of " + inAWeek).isPresent();
        assertThat(booked.get().status()).isEqualTo(QueueStatus.WAITING);
        assertThat(booked.get().followUp()).as("the board's follow-up cell").isEqualTo("Review knee after physio");
        var chart = store().services().chart().open(Sessions.signIn(store(), "doctor").actor(), patient.uhid().value());
        assertThat(chart.notes().get(0).current().followUp()).contains(inAWeek);
    }
}
