package org.clinicdesk.app.gui.reception;

import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.clinicdesk.core.patient.IndianStates;

/**
 * The state box: every Indian state and union territory, narrowed to those containing what is typed; leaving the
 * box with an unambiguous start ("kar") completes it (Karnataka). What is typed stays the form's value (a wrong name
 * is refused on save, beside the box), and the box's own value follows it, so nothing typed is lost.
 */
final class StateChoice {
    private StateChoice() {
    }

    static void attach(ComboBox<String> box, StringProperty value) {
        FilteredList<String> shown = new FilteredList<>(FXCollections.observableArrayList(IndianStates.ALL));
        box.setItems(shown);
        TextField editor = box.getEditor();
        editor.setId("form-state-text");
        editor.setText(value.get());
        editor.textProperty().addListener((o, old, typed) -> {
            value.set(typed == null ? "" : typed);
            narrow(box, shown, typed);
        });
        value.addListener((o, old, now) -> {
            if (!Objects.equals(editor.getText(), now)) {
                editor.setText(now);
            }
        });
        box.valueProperty().addListener((o, old, chosen) -> {
            if (chosen != null && !chosen.equals(value.get())) {
                value.set(chosen);
            }
        });
        editor.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                String typed = value.get() == null ? "" : value.get();
                String done = IndianStates.completing(typed).orElse(typed);
                shown.setPredicate(s -> true);
                box.setValue(done.isEmpty() ? null : done);
                value.set(done);
                if (!done.equals(editor.getText())) {
                    editor.setText(done);
                }
            }
        });
    }

    private static void narrow(ComboBox<String> box, FilteredList<String> shown, String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (IndianStates.find(typed).isPresent() || !box.getEditor().isFocused()) {
            return;
        }
        shown.setPredicate(s -> t.isEmpty() || s.toLowerCase(Locale.ROOT).contains(t));
        if (shown.isEmpty()) {
            box.hide();
        } else if (!t.isEmpty() && !box.isShowing()) {
            box.show();
        }
    }
}
