package org.clinicdesk.app.gui.shell;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clinicdesk.app.gui.common.Messages;

/**
 * The store's recovery key, shown once when the window made the store (or encrypted an old one): the person must
 * confirm they wrote it down before the window goes on. The key is selectable so it can also be copied.
 */
final class RecoveryKeyView {
    private RecoveryKeyView() {
    }

    static Parent of(String recoveryKey, Runnable writtenDown) {
        Label title = new Label(Messages.get("recoveryKey.title"));
        title.getStyleClass().add("title-3");
        Label explain = new Label(Messages.get("recoveryKey.explain"));
        explain.setWrapText(true);
        TextField key = new TextField(recoveryKey);
        key.setId("recoveryKey");
        key.setEditable(false);
        key.setStyle("-fx-font-family: monospace; -fx-font-size: 14px;");
        key.setPrefColumnCount(recoveryKey.length());
        CheckBox confirm = new CheckBox(Messages.get("recoveryKey.confirm"));
        confirm.setId("recoveryKeyWrittenDown");
        Button next = new Button(Messages.get("recoveryKey.continue"));
        next.setId("recoveryKeyContinue");
        next.setDefaultButton(true);
        next.disableProperty().bind(confirm.selectedProperty().not());
        next.setOnAction(e -> writtenDown.run());
        VBox box = new VBox(14, title, explain, key, confirm, next);
        box.getStyleClass().add("form-card");
        box.setMaxWidth(760);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
