package org.clinicdesk.app.gui.vitals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.clinicdesk.app.gui.queue.BoardItem;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import static org.clinicdesk.app.gui.testsupport.Fields.label;
import static org.clinicdesk.app.gui.testsupport.Fields.retype;
import static org.clinicdesk.app.gui.testsupport.Fields.text;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A busy desk in the real window (one window for the whole walk): Enter pressed twice stores one queue entry and one
 * vitals reading, the forms reset after saving; blood pressure typed as "130/84"; 100.4 in °C offers °F; typed letters
 * pick from a drop-down.
 */
class DeskEntryWindowTest extends WindowTest {
    @Test
    void enterTwiceStoresOnceAndTheNurseTypesAsSheWrites(FxRobot robot) {
        signIn(robot, "reception");
        // Registering and queueing one patient by keyboard alone; every key that is not part of the typed text
        // is counted (the README quotes the figure).
        int keys = 0;
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        keys++;
        waitUntil(() -> robot.lookup("#form-name").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.write("Kamala Devi").push(KeyCode.TAB);
        keys++;
        robot.write("67 y").push(KeyCode.TAB);
        keys++;
        robot.write("f").push(KeyCode.TAB);
        keys++;
        robot.write("098450 12377").push(KeyCode.ENTER);
        keys++;
        waitUntil(() -> label(robot, "#receptionMessage").contains("Kamala Devi saved as"));
        waitUntil(() -> !robot.lookup("#addToQueue").queryButton().isDisabled());
        robot.push(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));
        keys++;
        waitUntil(() -> label(robot, "#receptionMessage").contains("in the queue as"));
        assertThat(keys).as("keys besides the typed text to register and queue a patient").isEqualTo(6);
        Patient patient = store().services().patients().find(Sessions.signIn(store(), "reception").actor(),
                "Kamala Devi").get(0);
        assertThat(patient.phone().value()).isEqualTo("+919845012377");
        assertThat(patient.sex()).isEqualTo(Sex.F);

        H2Workstores.register(store(), "Kavya Rao", "1990-01-01", Sex.F, List.of());
        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        robot.write("Kavya");
        waitUntil(() -> robot.lookup("#patientResults").queryTableView().getItems().size() == 1
                && !robot.lookup("#addToQueue").queryButton().isDisabled());
        @SuppressWarnings("unchecked")
        ComboBox<Priority> priority = robot.lookup("#queuePriority").queryAs(ComboBox.class);
        robot.clickOn(priority).type(KeyCode.ESCAPE);
        robot.write("u");
        assertThat(priority.getValue()).as("typing U picks Urgent").isEqualTo(Priority.URGENT);
        robot.interact(() -> {
            robot.lookup("#addToQueue").queryButton().fire();
            robot.lookup("#addToQueue").queryButton().fire();
        });
        waitUntil(() -> label(robot, "#receptionMessage").contains("Kavya Rao is in the queue as"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store().services().queue().board(Sessions.signIn(store(), "reception").actor()))
                .as("two clicks while queueing make one entry").hasSize(2);
        assertThat(priority.getValue()).as("the priority box resets").isEqualTo(Priority.NORMAL);
        signOut(robot);

        signIn(robot, "nurse");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#queueBoard").tryQuery().map(n -> n.isVisible()).orElse(false));
        waitUntil(() -> board(robot).size() == 2);
        @SuppressWarnings("unchecked")
        TableView<BoardItem> table = robot.lookup("#queueBoard").queryAs(TableView.class);
        robot.interact(() -> table.getItems().stream().filter(i -> i.name().equals("Kamala Devi")).findFirst()
                .ifPresent(i -> table.getSelectionModel().select(i)));
        waitUntil(() -> robot.lookup("#queue-recordVitals").tryQuery().map(n -> !((Button) n).isDisabled()).orElse(false));
        robot.clickOn("#queue-recordVitals");
        waitUntil(() -> shown(robot, "#vitals-hr"));

        retype(robot, "#vitals-hr", "96");
        retype(robot, "#vitals-rr", "18");
        retype(robot, "#vitals-sbp", "130/84");
        waitUntil(() -> text(robot, "#vitals-dbp").equals("84"));
        assertThat(text(robot, "#vitals-sbp")).isEqualTo("130");
        retype(robot, "#vitals-temp", "100.4");
        waitUntil(() -> label(robot, "#vitals-error-temp").contains("did you mean 100.4 °F?"));
        assertThat(shown(robot, "#vitals-useUnit")).isTrue();
        robot.clickOn("#vitals-useUnit");
        waitUntil(() -> label(robot, "#vitals-error-temp").isEmpty());
        retype(robot, "#vitals-spo2", "97");
        waitUntil(() -> label(robot, "#vitals-news2").startsWith("NEWS2"));

        robot.clickOn("#vitals-spo2");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> label(robot, "#vitalsMessage").startsWith("Vitals saved for Kamala Devi"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        var local = store().services().store();
        assertThat(local.context().tx().inTransaction(() -> local.vitals().forPatient(patient.id())))
                .as("Enter pressed again and again stores one reading").hasSize(1);
        assertThat(text(robot, "#vitals-hr")).as("the form is emptied").isEmpty();
        assertThat(robot.lookup("#saveVitals").queryButton().isDisabled()).as("and ready for the next").isFalse();
        assertThat(label(robot, "#vitalsMessage")).startsWith("Vitals saved for Kamala Devi");
    }

}
