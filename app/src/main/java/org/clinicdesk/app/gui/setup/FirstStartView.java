package org.clinicdesk.app.gui.setup;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import org.clinicdesk.app.gui.common.Views;

/**
 * The first start of a desk with no clinic yet: start a new clinic here, or join one that already has a central
 * server. Only a choice, so there is no view model: each button opens its form.
 */
public final class FirstStartView {
    private final Runnable onNewClinic;
    private final Runnable onJoin;
    private final Parent root;
    @FXML private Button newClinic;
    @FXML private Button joinClinic;

    public FirstStartView(Runnable onNewClinic, Runnable onJoin) {
        this.onNewClinic = onNewClinic;
        this.onJoin = onJoin;
        this.root = Views.load(this);
    }

    @FXML
    private void initialize() {
        newClinic.setId("startNewClinic");
        joinClinic.setId("joinClinic");
        Platform.runLater(newClinic::requestFocus);
    }

    @FXML
    private void newClinic() {
        onNewClinic.run();
    }

    @FXML
    private void joinClinic() {
        onJoin.run();
    }

    public Parent root() {
        return root;
    }
}
