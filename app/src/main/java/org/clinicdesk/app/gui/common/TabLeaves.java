package org.clinicdesk.app.gui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab leaves a text box instead of typing a tab character (Shift+Tab goes back), as in every other field of a form;
 * a note has no use for tab characters. The box's own Ctrl+Tab traversal does the move.
 */
public final class TabLeaves {
    private TabLeaves() {
    }

    public static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            e.consume();
            area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                    e.isShiftDown(), true, false, false));
        });
    }
}
