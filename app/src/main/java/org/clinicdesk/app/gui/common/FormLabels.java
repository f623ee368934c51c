package org.clinicdesk.app.gui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The label of a form field: its text from the bundle, its mnemonic moving the focus to the field, never cut short. */
public final class FormLabels {
    private FormLabels() {
    }

    public static Label labelFor(Node field, String key) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
