package org.clinicdesk.app.gui.testsupport;

import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reading and typing into the window's fields the way a person does (select all, then type).
 *
 * <p>{@code retype} and {@link FxRobot#write(String)} type key by key and wait for the FX thread after each key (about
 * 55 to 80 ms a character here): tests whose subject is typing (keyboard-only desk work, a key that moves the focus)
 * use them. {@code typeInto} and {@code fill} send the same key events to the same control in one go; tests of
 * validation and flow use them, where the typing itself is not under test.
 */
public final class Fields {
    private Fields() {
    }

    public static void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN)).write(text);
    }

    /** Clicks into the field, selects what is there and types over it, all keys in one go. */
    public static void fill(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        typeAtOnce(robot, text);
    }

    /** Clicks into the field and types the text after what is there, all keys in one go. */
    public static void typeInto(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        typeAtOnce(robot, text);
    }

    /**
     * Types the text into the focused control: for each character the key pressed, key typed and key released events
     * that {@link FxRobot#write(String)} fires, to the same target (the focus owner of the focused window), but in one
     * pass on the FX thread and one wait afterwards. Enter and Tab act on the window rather than the text, so they are
     * refused here: a test presses them with the robot.
     */
    public static void typeAtOnce(FxRobot robot, String text) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\t') >= 0) {
            throw new IllegalArgumentException("press Enter and Tab with the robot, not inside typed text: " + text);
        }
        Window window = robot.listTargetWindows().stream().filter(Window::isFocused).findFirst()
                .orElseGet(robot::targetWindow);
        robot.interact(() -> {
            Scene scene = window.getScene();
            for (char c : text.toCharArray()) {
                fire(scene, KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, KeyCode.UNDEFINED.getName());
                fire(scene, KeyEvent.KEY_TYPED, String.valueOf(c), "");
                fire(scene, KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, KeyCode.UNDEFINED.getName());
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void fire(Scene scene, EventType<KeyEvent> type, String character, String text) {
        EventTarget target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
        Event.fireEvent(target, new KeyEvent(type, character, text, KeyCode.UNDEFINED, false, false, false, false));
    }

    public static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }
}
