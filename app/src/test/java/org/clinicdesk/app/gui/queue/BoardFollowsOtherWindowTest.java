package org.clinicdesk.app.gui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueStatus;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What another window does to the same store shows on this window's board within two seconds. */
class BoardFollowsOtherWindowTest extends WindowTest {

    @Test
    void queueChangesFromAnotherWindowAppearWithinTwoSeconds(FxRobot robot) throws Exception {
        signIn(robot, "nurse");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#queueBoard").tryQuery().isPresent());
        robot.clickOn("#filter-ALL");
        assertThat(board(robot)).isEmpty();

        Session otherDesk = Sessions.signIn(store(), "reception");
        var patient = store().services().patients().register(otherDesk.actor(), new PatientDetails(
                PersonName.parse("Farah Walkin"), DateOfBirth.exact(LocalDate.of(1999, 9, 9), LocalDate.now()),
                Sex.F, null, "", List.of()));
        var entry = store().services().queue().add(otherDesk.actor(), patient, Priority.URGENT);
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> board(robot).size() == 1);
        assertThat(board(robot).get(0).name()).isEqualTo("Farah Walkin");

        store().services().queue().move(otherDesk.actor(), entry.token(), QueueStatus.NO_SHOW, "");
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS,
                () -> board(robot).get(0).status() == QueueStatus.NO_SHOW);
    }
}
