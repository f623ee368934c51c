package org.clinicdesk.app.gui.reception;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.TypeAhead;
import org.clinicdesk.app.gui.common.Views;
import org.clinicdesk.core.patient.DuplicateCandidate;

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
    @FXML private TextField abha;
    @FXML private ComboBox<String> relation;
    @FXML private TextField relative;
    @FXML private TextField village;
    @FXML private TextField district;
    @FXML private ComboBox<String> state;
    @FXML private TextField pin;
    @FXML private Label nameError;
    @FXML private Label dobError;
    @FXML private Label sexError;
    @FXML private Label phoneError;
    @FXML private Label addressError;
    @FXML private Label allergiesError;
    @FXML private Label abhaError;
    @FXML private Label relationError;
    @FXML private Label relativeError;
    @FXML private Label villageError;
    @FXML private Label districtError;
    @FXML private Label stateError;
    @FXML private Label pinError;
    @FXML private VBox duplicateBox;
    @FXML private VBox duplicateList;
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
        texts.put(PatientField.ABHA, abha);
        texts.put(PatientField.RELATIVE, relative);
        texts.put(PatientField.VILLAGE, village);
        texts.put(PatientField.DISTRICT, district);
        texts.put(PatientField.PIN, pin);
        texts.forEach((field, control) -> {
            control.setId("form-" + field.name().toLowerCase(java.util.Locale.ROOT));
            control.textProperty().bindBidirectional(model.value(field));
        });
        sex.setId("form-sex");
        sex.getItems().setAll(List.of("F", "M", "O"));
        sex.setConverter(codes("form.sex.", null));
        sex.valueProperty().bindBidirectional(model.value(PatientField.SEX));
        relation.setId("form-relation");
        relation.getItems().setAll(RELATIONS);
        relation.setConverter(codes("form.relation.", "form.relation.none"));
        relation.valueProperty().bindBidirectional(model.value(PatientField.RELATION));
        TypeAhead.onKeys(sex);
        TypeAhead.onKeys(relation);
        state.setId("form-state");
        StateChoice.attach(state, model.value(PatientField.STATE));
        Map<PatientField, Label> errorLabels = new EnumMap<>(PatientField.class);
        errorLabels.put(PatientField.NAME, nameError);
        errorLabels.put(PatientField.DOB, dobError);
        errorLabels.put(PatientField.SEX, sexError);
        errorLabels.put(PatientField.PHONE, phoneError);
        errorLabels.put(PatientField.ADDRESS, addressError);
        errorLabels.put(PatientField.ALLERGIES, allergiesError);
        errorLabels.put(PatientField.ABHA, abhaError);
        errorLabels.put(PatientField.RELATION, relationError);
        errorLabels.put(PatientField.RELATIVE, relativeError);
        errorLabels.put(PatientField.VILLAGE, villageError);
        errorLabels.put(PatientField.DISTRICT, districtError);
        errorLabels.put(PatientField.STATE, stateError);
        errorLabels.put(PatientField.PIN, pinError);
        errorLabels.forEach((field, label) -> {
            label.setId("error-" + field.name().toLowerCase(java.util.Locale.ROOT));
            label.textProperty().bind(model.error(field));
            label.visibleProperty().bind(model.error(field).isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        });
        duplicateList.setId("duplicates");
        duplicateBox.setId("duplicateWarning");
        model.duplicates().addListener((ListChangeListener<DuplicateCandidate>) c -> showCandidates());
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
        // With likely duplicates listed, Enter takes the first of them; registering anyway needs a click.
        save.defaultButtonProperty().bind(model.duplicatesShownProperty().not());
        // Nor does it look like the main action then: the accent goes to "Use this patient".
        model.duplicatesShownProperty().addListener((o, was, shown) -> {
            if (shown) {
                save.getStyleClass().remove("accent");
            } else if (!save.getStyleClass().contains("accent")) {
                save.getStyleClass().add("accent");
            }
        });
        save.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && model.duplicatesShownProperty().get()) {
                e.consume();
            }
        });
    }

    private static final List<String> RELATIONS = List.of("", "S_O", "D_O", "W_O", "C_O");

    private static StringConverter<String> codes(String prefix, String emptyKey) {
        return new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.isEmpty() ? (emptyKey == null ? "" : Messages.get(emptyKey))
                        : Messages.get(prefix + code);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    private void showCandidates() {
        duplicateList.getChildren().clear();
        boolean first = true;
        for (DuplicateCandidate candidate : model.duplicates()) {
            Label text = new Label(model.describe(candidate));
            text.setWrapText(true);
            Button use = new Button(Messages.get("form.useThisPatient"));
            use.setMnemonicParsing(true);
            use.setId("useExisting-" + candidate.patient().uhid().value());
            use.setDefaultButton(first);
            if (first) {
                use.getStyleClass().add("accent");
            }
            use.disableProperty().bind(model.busyProperty());
            use.setOnAction(e -> model.useExisting(candidate));
            use.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox row = new HBox(8, text, use);
            HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            duplicateList.getChildren().add(row);
            first = false;
        }
        if (!model.duplicates().isEmpty()) {
            Label hint = new Label(Messages.get("form.duplicatesHint"));
            hint.setWrapText(true);
            duplicateList.getChildren().add(hint);
        }
    }

    public void focusFirstField() {
        javafx.application.Platform.runLater(name::requestFocus);
    }

    @FXML
    private void save() {
        if (model.duplicatesShownProperty().get()) {
            model.registerAnyway();
        } else {
            model.save();
        }
    }

    @FXML
    private void cancel() {
        onClose.run();
    }

    public Parent root() {
        return root;
    }
}
