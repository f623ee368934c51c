package org.clinicdesk.app.gui.documents;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Views;
import org.clinicdesk.core.patient.Patient;

/** The scan inbox tab; logic in {@link ScanInboxViewModel}. */
public final class ScanInboxView {
    private final ScanInboxViewModel model;
    private final Parent root;
    @FXML private TextField folder;
    @FXML private Button watchButton;
    @FXML private Button stopButton;
    @FXML private Label message;
    @FXML private TextField patientQuery;
    @FXML private Button findButton;
    @FXML private ListView<Patient> patients;
    @FXML private Label target;
    @FXML private ListView<Path> inbox;
    @FXML private Button assignButton;

    public ScanInboxView(ScanInboxViewModel model) {
        this.model = model;
        this.root = Views.load(this);
        root.setId("scans");
    }

    @FXML
    private void initialize() {
        folder.setId("scans-folder");
        folder.textProperty().bindBidirectional(model.folderProperty());
        watchButton.setId("scans-watch");
        stopButton.setId("scans-stop");
        stopButton.disableProperty().bind(model.watchingProperty().not());
        message.setId("scans-message");
        message.textProperty().bind(model.messageProperty());
        patientQuery.setId("scans-patientQuery");
        patientQuery.textProperty().bindBidirectional(model.patientQueryProperty());
        findButton.setId("scans-find");
        patients.setId("scans-patients");
        patients.setItems(model.patients());
        patients.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Patient p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name().full() + "   " + p.uhid().value());
            }
        });
        patients.getSelectionModel().selectedItemProperty().addListener((o, old, p) -> model.targetProperty().set(p));
        target.setId("scans-target");
        target.textProperty().bind(Bindings.createStringBinding(() -> model.targetProperty().get() == null
                ? Messages.get("scans.noPatient") : model.targetProperty().get().name().full(), model.targetProperty()));
        inbox.setId("scans-inbox");
        inbox.setItems(model.inbox());
        inbox.setPlaceholder(new Label(Messages.get("scans.empty")));
        assignButton.setId("scans-assign");
        assignButton.disableProperty().bind(inbox.getSelectionModel().selectedItemProperty().isNull()
                .or(model.targetProperty().isNull()));
    }

    @FXML
    private void watch() {
        model.watch();
    }

    @FXML
    private void stop() {
        model.stop();
    }

    @FXML
    private void find() {
        model.findPatients();
    }

    @FXML
    private void assign() {
        Path selected = inbox.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.assign(selected);
        }
    }

    public Parent root() {
        return root;
    }
}
