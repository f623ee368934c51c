package org.clinicdesk.app.gui.reception;

import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ComboBox;
import org.clinicdesk.core.patient.IndianStates;

/**
 * The state box: every Indian state and union territory, narrowed to those containing what is typed; leaving the
 * box with an unambiguous start ("kar") completes it (Karnataka).
 */
final class StateChoice {
    private StateChoice() {
    }

    static void attach(ComboBox<String> box, StringProperty value) {
        FilteredList<String> shown = new FilteredList<>(FXCollections.observableArrayList(IndianStates.ALL));
        box.setItems(shown);
        box.getEditor().setId("form-state-text");
        box.getEditor().textProperty().bindBidirectional(value);
        box.getEditor().textProperty().addListener((o, old, typed) -> {
            String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
            if (IndianStates.find(typed).isPresent()) {
                return;
            }
            shown.setPredicate(s -> t.isEmpty() || s.toLowerCase(Locale.ROOT).contains(t));
            if (shown.isEmpty()) {
                box.hide();
            } else if (box.getEditor().isFocused() && !t.isEmpty() && !box.isShowing()) {
                box.show();
            }
        });
        box.getEditor().focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                IndianStates.completing(value.get()).ifPresent(value::set);
                shown.setPredicate(s -> true);
            }
        });
    }
}
