package org.clinicdesk.app.gui.common;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;

/**
 * Type-ahead for a non-editable drop-down: a typed letter selects the next item whose shown text starts with it,
 * as in the operating system's own lists ("U" on a priority box picks Urgent; "U" again, the next one with U).
 */
public final class TypeAhead {
    private TypeAhead() {
    }

    public static <T> void onKeys(ComboBox<T> box) {
        box.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (typed == null || typed.isBlank() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            List<T> items = box.getItems();
            int start = Math.max(box.getSelectionModel().getSelectedIndex(), -1);
            for (int step = 1; step <= items.size(); step++) {
                int i = (start + step) % items.size();
                if (shown(box, items.get(i)).startsWith(typed.toLowerCase(Locale.ROOT))) {
                    box.getSelectionModel().select(i);
                    e.consume();
                    return;
                }
            }
        });
    }

    private static <T> String shown(ComboBox<T> box, T item) {
        String text = box.getConverter() == null ? String.valueOf(item) : box.getConverter().toString(item);
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
