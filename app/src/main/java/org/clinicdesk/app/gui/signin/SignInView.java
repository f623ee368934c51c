package org.clinicdesk.app.gui.signin;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.clinicdesk.app.gui.common.Views;

/** The sign-in form; all logic is in {@link SignInViewModel}. */
public final class SignInView {
    private final SignInViewModel model;
    private final Parent root;
    @FXML private Label clinic;
    @FXML private TextField username;
    @FXML private PasswordField password;
    @FXML private Label error;
    @FXML private Label waiting;
    @FXML private ProgressIndicator progress;
    @FXML private Button signIn;
    @FXML private VBox catchUp;
    @FXML private Button syncNow;
    @FXML private ProgressIndicator syncing;
    @FXML private Label syncText;
    @FXML private TextField reason;
    @FXML private Button emergency;

    public SignInView(SignInViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    @FXML
    private void initialize() {
        username.setId("username");
        password.setId("password");
        signIn.setId("signIn");
        error.setId("signInError");
        waiting.setId("signIn-waiting");
        clinic.textProperty().bind(model.clinicProperty());
        username.textProperty().bindBidirectional(model.usernameProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        error.textProperty().bind(model.errorProperty());
        waiting.visibleProperty().bind(model.waitingForStore());
        waiting.managedProperty().bind(waiting.visibleProperty());
        progress.visibleProperty().bind(model.busyProperty().or(model.waitingForStore()));
        signIn.disableProperty().bind(model.canSignIn().not());
        catchUp.setId("signIn-catchUp");
        catchUp.visibleProperty().bind(model.catchUpRequiredProperty());
        catchUp.managedProperty().bind(catchUp.visibleProperty());
        syncNow.setId("signIn-syncNow");
        syncNow.disableProperty().bind(model.syncingProperty());
        syncing.visibleProperty().bind(model.syncingProperty());
        syncText.textProperty().bind(model.syncTextProperty());
        reason.setId("signIn-reason");
        reason.textProperty().bindBidirectional(model.reasonProperty());
        emergency.setId("signIn-emergency");
        emergency.disableProperty().bind(model.canSignInForEmergency().not());
        Platform.runLater(username::requestFocus);
    }

    @FXML
    private void signIn() {
        model.signIn();
    }

    @FXML
    private void syncNow() {
        model.syncNow();
    }

    @FXML
    private void signInForEmergency() {
        model.signInForEmergency();
    }

    public Parent root() {
        return root;
    }
}
