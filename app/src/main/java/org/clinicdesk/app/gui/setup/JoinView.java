package org.clinicdesk.app.gui.setup;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.clinicdesk.app.gui.common.Views;

/** The form that joins this desk to a clinic's central server; all logic is in {@link JoinViewModel}. */
public final class JoinView {
    private final JoinViewModel model;
    private final Runnable onBack;
    private final Parent root;
    @FXML private GridPane fields;
    @FXML private TextField url;
    @FXML private TextField siteCode;
    @FXML private TextField login;
    @FXML private PasswordField password;
    @FXML private Label message;
    @FXML private VBox pulling;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private ProgressIndicator testing;
    @FXML private Button back;
    @FXML private Button test;
    @FXML private Button join;

    public JoinView(JoinViewModel model, Runnable onBack) {
        this.model = model;
        this.onBack = onBack;
        this.root = Views.load(this);
    }

    @FXML
    private void initialize() {
        url.setId("joinUrl");
        siteCode.setId("joinSite");
        login.setId("joinLogin");
        password.setId("joinPassword");
        message.setId("joinMessage");
        progress.setId("joinProgress");
        progressText.setId("joinProgressText");
        back.setId("joinBack");
        test.setId("joinTest");
        join.setId("joinSubmit");
        url.textProperty().bindBidirectional(model.urlProperty());
        siteCode.textProperty().bindBidirectional(model.siteCodeProperty());
        login.textProperty().bindBidirectional(model.loginProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        message.textProperty().bind(model.messageProperty());
        model.problemProperty().addListener((obs, was, isProblem) -> styleMessage(isProblem));
        styleMessage(model.problemProperty().get());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        progress.progressProperty().bind(model.progressProperty());
        progressText.textProperty().bind(model.progressTextProperty());
        pulling.visibleProperty().bind(model.joiningProperty());
        pulling.managedProperty().bind(pulling.visibleProperty());
        testing.visibleProperty().bind(model.testingProperty());
        fields.disableProperty().bind(model.joiningProperty());
        back.disableProperty().bind(model.joiningProperty());
        test.disableProperty().bind(model.cannotTest());
        join.disableProperty().bind(model.incomplete());
        Platform.runLater(url::requestFocus);
    }

    private void styleMessage(boolean isProblem) {
        message.getStyleClass().removeAll("field-error", "form-ok");
        message.getStyleClass().add(isProblem ? "field-error" : "form-ok");
    }

    @FXML
    private void testConnection() {
        model.testConnection();
    }

    @FXML
    private void join() {
        model.join();
    }

    @FXML
    private void back() {
        onBack.run();
    }

    public Parent root() {
        return root;
    }
}
