package org.clinicdesk.app.gui.sync;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.clinicdesk.app.gui.common.FormLabels;
import org.clinicdesk.app.gui.common.Messages;

/** The administrator's dialog for the central server; all work happens in {@link CentralSettingsViewModel}. */
public final class CentralSettingsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public CentralSettingsDialog(CentralSettingsViewModel model, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("central.title"));
        dialog.setHeaderText(Messages.get("central.header"));
        TextField url = new TextField();
        url.setId("centralUrl");
        url.setPrefColumnCount(38);
        url.setPromptText(Messages.get("central.url.prompt"));
        url.textProperty().bindBidirectional(model.urlProperty());
        TextField user = new TextField();
        user.setId("centralUser");
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("centralPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, FormLabels.labelFor(url, "central.url"), url);
        grid.addRow(1, FormLabels.labelFor(user, "central.user"), user);
        grid.addRow(2, FormLabels.labelFor(password, "central.password"), password);

        Button test = new Button(Messages.get("central.test"));
        test.setId("centralTest");
        test.disableProperty().bind(model.incomplete());
        test.setOnAction(e -> model.testConnection());
        Button save = new Button(Messages.get("central.save"));
        save.setId("centralSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.incomplete());
        save.setOnAction(e -> model.save());
        Label message = new Label();
        message.setId("centralMessage");
        message.setWrapText(true);
        message.setMaxWidth(520);
        // a longer reason wraps onto more lines instead of ending in an ellipsis
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());

        VBox content = new VBox(12, grid, new HBox(10, test, save), message);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        model.load();
    }

    public void show() {
        dialog.show();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}
