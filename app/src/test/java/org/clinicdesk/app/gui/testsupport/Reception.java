package org.clinicdesk.app.gui.testsupport;

import static org.clinicdesk.app.gui.testsupport.WindowTest.waitUntil;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.clinicdesk.core.queue.Priority;
import org.testfx.api.FxRobot;

/** What the reception desk does in the window, step by step through the real controls. */
public final class Reception {
    private final FxRobot robot;

    public Reception(FxRobot robot) {
        this.robot = robot;
    }

    public void openRegistration() {
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#form-name").tryQuery().isPresent());
    }

    /** Types into the empty registration form; the keys of each field go in one go (see {@link Fields}). */
    public void fill(String name, String dob, String sex, String phone) {
        Fields.typeInto(robot, "#form-name", name);
        Fields.typeInto(robot, "#form-dob", dob);
        @SuppressWarnings("unchecked")
        ComboBox<String> sexBox = robot.lookup("#form-sex").queryAs(ComboBox.class);
        robot.interact(() -> sexBox.setValue(sex));
        Fields.typeInto(robot, "#form-phone", phone);
    }

    public void save() {
        robot.clickOn("#savePatient");
    }

    public void register(String name, String dob, String sex, String phone) {
        openRegistration();
        fill(name, dob, sex, phone);
        save();
        waitUntil(() -> robot.lookup("#form-name").tryQuery().isEmpty()
                && robot.lookup("#receptionMessage").queryAs(Label.class).getText().contains(name));
    }

    public void queueSelected(Priority priority) {
        @SuppressWarnings("unchecked")
        ComboBox<Priority> box = robot.lookup("#queuePriority").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(priority));
        waitUntil(() -> !robot.lookup("#addToQueue").queryButton().isDisabled());
        robot.clickOn("#addToQueue");
        waitUntil(() -> robot.lookup("#receptionMessage").queryAs(Label.class).getText().contains("in the queue as"));
    }
}
