package org.clinicdesk.app.gui.signin;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import org.clinicdesk.app.gui.common.Views;

/** The locked screen; all logic is in {@link LockViewModel}. */
public final class LockView {
    private final LockViewModel model;
    private final Runnable onSignOut;
    private final Parent root;
    @FXML private Label heading;
    @FXML private PasswordField password;
    @FXML private Label error;
    @FXML private ProgressIndicator progress;
    @FXML private Button unlock;
    @FXML private Button signOut;

    public LockView(LockViewModel model, Runnable onSignOut) {
        this.model = model;
        this.onSignOut = onSignOut;
        this.root = Views.load(this);
    }

    @FXML
    private void initialize() {
        password.setId("unlockPassword");
        unlock.setId("unlock");
        signOut.setId("lockSignOut");
        error.setId("unlockError");
        heading.setId("lockHeading");
        heading.textProperty().bind(model.headingProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        error.textProperty().bind(model.errorProperty());
        progress.visibleProperty().bind(model.busyProperty());
        unlock.disableProperty().bind(model.canUnlock().not());
        Platform.runLater(password::requestFocus);
    }

    @FXML
    private void unlock() {
        model.unlock();
    }

    @FXML
    private void signOut() {
        onSignOut.run();
    }

    public Parent root() {
        return root;
    }
}
