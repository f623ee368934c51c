package org.clinicdesk.app.gui.reception;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Views;

/** The register/edit form beside the search results; logic in {@link PatientFormViewModel}. */
public final class PatientFormView {
    private final PatientFormViewModel model;
    private final Runnable onClose;
    private final Parent root;
    @FXML private Label heading;
    @FXML private TextField name;
    @FXML private TextField dob;
    @FXML private ComboBox<String> sex;
    @FXML private TextField phone;
    @FXML private TextField address;
    @FXML private TextField allergies;
    @FXML private Label nameError;
    @FXML private Label dobError;
    @FXML private Label sexError;
    @FXML private Label phoneError;
    @FXML private Label addressError;
    @FXML private Label allergiesError;
    @FXML private VBox duplicateBox;
    @FXML private Label duplicates;
    @FXML private Label message;
    @FXML private ProgressIndicator progress;
    @FXML private Button save;
    @FXML private Button cancel;

    public PatientFormView(PatientFormViewModel model, Runnable onClose) {
        this.model = model;
        this.onClose = onClose;
        this.root = Views.load(this);
    }

    @FXML
    private void initialize() {
        heading.setText(model.mode() == FormMode.REGISTER ? Messages.get("form.registerHeading")
                : Messages.get("form.editHeading", model.value(PatientField.NAME).get()));
        Map<PatientField, TextField> texts = new EnumMap<>(PatientField.class);
        texts.put(PatientField.NAME, name);
        texts.put(PatientField.DOB, dob);
        dob.setPromptText(model.dobPrompt());
        texts.put(PatientField.PHONE, phone);
        texts.put(PatientField.ADDRESS, address);
        texts.put(PatientField.ALLERGIES, allergies);
        texts.forEach((field, control) -> {
            control.setId("form-" + field.name().toLowerCase(java.util.Locale.ROOT));
            control.textProperty().bindBidirectional(model.value(field));
        });
        sex.setId("form-sex");
        sex.getItems().setAll(List.of("F", "M", "O"));
        sex.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.isEmpty() ? "" : Messages.get("form.sex." + code);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        sex.valueProperty().bindBidirectional(model.value(PatientField.SEX));
        Map<PatientField, Label> errorLabels = new EnumMap<>(PatientField.class);
        errorLabels.put(PatientField.NAME, nameError);
        errorLabels.put(PatientField.DOB, dobError);
        errorLabels.put(PatientField.SEX, sexError);
        errorLabels.put(PatientField.PHONE, phoneError);
        errorLabels.put(PatientField.ADDRESS, addressError);
        errorLabels.put(PatientField.ALLERGIES, allergiesError);
        errorLabels.forEach((field, label) -> {
            label.setId("error-" + field.name().toLowerCase(java.util.Locale.ROOT));
            label.textProperty().bind(model.error(field));
            label.visibleProperty().bind(model.error(field).isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        });
        duplicates.setId("duplicates");
        duplicateBox.setId("duplicateWarning");
        duplicates.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", model.duplicates()), model.duplicates()));
        duplicateBox.visibleProperty().bind(model.duplicatesShownProperty());
        duplicateBox.managedProperty().bind(duplicateBox.visibleProperty());
        message.setId("formMessage");
        message.textProperty().bind(model.messageProperty());
        progress.visibleProperty().bind(model.busyProperty());
        save.setId("savePatient");
        cancel.setId("cancelPatient");
        save.textProperty().bind(Bindings.when(model.duplicatesShownProperty())
                .then(Messages.get("form.registerAnyway")).otherwise(Messages.get("form.save")));
        save.disableProperty().bind(model.busyProperty());
    }

    public void focusFirstField() {
        javafx.application.Platform.runLater(name::requestFocus);
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void cancel() {
        onClose.run();
    }

    public Parent root() {
        return root;
    }
}
