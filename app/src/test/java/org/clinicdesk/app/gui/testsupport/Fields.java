package org.clinicdesk.app.gui.testsupport;

import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.testfx.api.FxRobot;

/** Reading and typing into the window's fields the way a person does (select all, then type). */
public final class Fields {
    private Fields() {
    }

    public static void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN)).write(text);
    }

    public static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }
}
