package org.clinicdesk.app.gui.setup;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.clinicdesk.app.gui.common.Views;

/** The first-start form; all logic is in {@link SetupViewModel}. */
public final class SetupView {
    private final SetupViewModel model;
    private final Runnable onBack;
    private final Parent root;
    @FXML private TextField siteCode;
    @FXML private TextField clinicName;
    @FXML private TextField adminName;
    @FXML private PasswordField password;
    @FXML private PasswordField passwordAgain;
    @FXML private Label error;
    @FXML private ProgressIndicator progress;
    @FXML private Button create;
    @FXML private Button back;

    /** {@code onBack} returns to the first start's choice. */
    public SetupView(SetupViewModel model, Runnable onBack) {
        this.model = model;
        this.onBack = onBack;
        this.root = Views.load(this);
    }

    @FXML
    private void initialize() {
        siteCode.setId("siteCode");
        clinicName.setId("clinicName");
        adminName.setId("adminName");
        password.setId("setupPassword");
        passwordAgain.setId("setupPasswordAgain");
        create.setId("createClinic");
        back.setId("setupBack");
        error.setId("setupError");
        siteCode.textProperty().bindBidirectional(model.siteCodeProperty());
        clinicName.textProperty().bindBidirectional(model.clinicNameProperty());
        adminName.textProperty().bindBidirectional(model.adminNameProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        passwordAgain.textProperty().bindBidirectional(model.passwordAgainProperty());
        error.textProperty().bind(model.errorProperty());
        progress.visibleProperty().bind(model.busyProperty());
        create.disableProperty().bind(model.busyProperty());
        back.disableProperty().bind(model.busyProperty());
        Platform.runLater(siteCode::requestFocus);
    }

    @FXML
    private void create() {
        model.create();
    }

    @FXML
    private void back() {
        onBack.run();
    }

    public Parent root() {
        return root;
    }
}
