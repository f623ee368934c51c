package org.clinicdesk.app.gui.signin;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import org.clinicdesk.app.gui.common.Views;

/** The change-password form after a reset; all logic is in {@link PasswordChangeViewModel}. */
public final class PasswordChangeView {
    private final PasswordChangeViewModel model;
    private final Parent root;
    @FXML private Label heading;
    @FXML private PasswordField newPassword;
    @FXML private PasswordField again;
    @FXML private Label error;
    @FXML private ProgressIndicator progress;
    @FXML private Button cancel;
    @FXML private Button change;

    public PasswordChangeView(PasswordChangeViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    @FXML
    private void initialize() {
        newPassword.setId("newPassword");
        again.setId("newPasswordAgain");
        error.setId("passwordChangeError");
        change.setId("changePassword");
        cancel.setId("cancelPasswordChange");
        heading.textProperty().bind(model.headingProperty());
        newPassword.textProperty().bindBidirectional(model.newPasswordProperty());
        again.textProperty().bindBidirectional(model.againProperty());
        error.textProperty().bind(model.errorProperty());
        progress.visibleProperty().bind(model.busyProperty());
        change.disableProperty().bind(model.canChange().not());
        Platform.runLater(newPassword::requestFocus);
    }

    @FXML
    private void change() {
        model.change();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    public Parent root() {
        return root;
    }
}
