package org.clinicdesk.app.gui.notes;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.beans.binding.Bindings;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.TabLeaves;
import org.clinicdesk.app.gui.common.Views;
import org.clinicdesk.core.icd.Icd10Entry;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.Prescription;

/** The SOAP note editor; logic in {@link NoteEditorViewModel}. Autosave runs on a timeline while the view lives. */
public final class NoteEditorView {
    private final NoteEditorViewModel model;
    private final Parent root;
    private final Timeline autosave;
    @FXML private Label heading;
    @FXML private Label status;
    @FXML private Label allergies;
    @FXML private Button editAllergies;
    @FXML private TextArea subjective;
    @FXML private TextArea objective;
    @FXML private TextArea assessment;
    @FXML private TextArea plan;
    @FXML private javafx.scene.layout.FlowPane followUpRow;
    @FXML private javafx.scene.control.DatePicker followUpDate;
    @FXML private javafx.scene.control.TextField followUpReason;
    @FXML private HBox diagnosisRow;
    @FXML private TextField diagnosisText;
    @FXML private ComboBox<String> diagnosisSystem;
    @FXML private TextField diagnosisCode;
    @FXML private Label diagnosisError;
    @FXML private ListView<Icd10Entry> diagnosisSuggestions;
    @FXML private ListView<Diagnosis> diagnoses;
    @FXML private TableView<Prescription> prescriptions;
    @FXML private HBox rxLineRow;
    @FXML private javafx.scene.layout.FlowPane rxFieldRow;
    @FXML private javafx.scene.layout.FlowPane rxErrorRow;
    @FXML private TextField rxLine;
    @FXML private Label rxLineError;
    @FXML private javafx.scene.layout.VBox rxFlagCard;
    @FXML private Button sign;
    @FXML private Button amend;
    @FXML private Button saveAmendment;
    @FXML private Button cancelAmendment;
    @FXML private Button editRx;
    @FXML private Button removeRx;

    public NoteEditorView(NoteEditorViewModel model) {
        this.model = model;
        this.root = Views.load(this);
        this.autosave = new Timeline(new KeyFrame(Duration.millis(NoteEditorViewModel.AUTOSAVE_PERIOD.toMillis()),
                e -> model.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    @FXML
    private void initialize() {
        heading.setText(Messages.get("note.heading", model.patient().name().full(), model.patient().uhid().value()));
        status.setId("noteStatus");
        allergies.setId("note-allergies");
        allergies.textProperty().bind(model.allergiesProperty());
        editAllergies.setId("note-editAllergies");
        editAllergies.setVisible(model.mayRecordAllergies());
        editAllergies.setManaged(model.mayRecordAllergies());
        for (TextArea soap : List.of(subjective, objective, assessment, plan)) {
            TabLeaves.install(soap);
        }
        // Buttons keep their whole label ("Add diagnosis", "Remove") however narrow the window.
        javafx.application.Platform.runLater(() -> root.lookupAll(".button").forEach(n ->
                ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE)));
        status.textProperty().bind(model.statusProperty());
        bindText(subjective, "note-subjective", model.subjectiveProperty());
        bindText(objective, "note-objective", model.objectiveProperty());
        bindText(assessment, "note-assessment", model.assessmentProperty());
        bindText(plan, "note-plan", model.planProperty());
        followUp();
        bindText(diagnosisText, "note-diagnosis", model.diagnosisTextProperty());
        bindText(diagnosisCode, "note-diagnosisCode", model.diagnosisCodeProperty());
        diagnosisSystem.setId("note-diagnosisSystem");
        diagnosisSystem.getItems().setAll("", "ICD-10", "SNOMED CT");
        diagnosisSystem.valueProperty().bindBidirectional(model.diagnosisSystemProperty());
        suggestions();
        diagnosisError.setId("note-diagnosisError");
        diagnosisError.textProperty().bind(model.diagnosisErrorProperty());
        diagnoses.setId("note-diagnoses");
        diagnoses.setItems(model.diagnoses());
        diagnoses.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Diagnosis d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.isCoded()
                        ? Messages.get("note.diagnosisCoded", d.text(), d.system(), d.code()) : d.text());
            }
        });
        prescriptions.setId("note-prescriptions");
        prescriptions.setItems(model.prescriptions());
        column("note.rx.drug", Prescription::drug);
        column("note.rx.strength", Prescription::strength);
        column("note.rx.form", Prescription::form);
        column("note.rx.route", Prescription::route);
        column("note.rx.frequency", p -> p.frequency().name());
        column("note.rx.duration", p -> p.durationDays() == null ? "" : Messages.get("note.rx.days", p.durationDays()));
        column("note.rx.instructions", Prescription::instructions);
        PrescriptionInput input = model.prescriptionInput();
        bindText(rxLine, "note-rxLine", input.lineProperty());
        rxLineError.setId("note-rxLineError");
        rxLineError.textProperty().bind(input.lineErrorProperty());
        rxFlagCard.setId("note-rxFlagCard");
        model.lineFlags().addListener((javafx.collections.ListChangeListener<org.clinicdesk.core.flags.ClinicalFlag>)
                c -> showFlagCard(model.lineFlags()));
        Map<PrescriptionField, TextField> fields = new EnumMap<>(PrescriptionField.class);
        for (PrescriptionField f : PrescriptionField.values()) {
            TextField field = new TextField();
            field.setPromptText(Messages.get("note.rx." + f.coreName()));
            field.setPrefColumnCount(f == PrescriptionField.INSTRUCTIONS || f == PrescriptionField.DRUG ? 10 : 6);
            bindText(field, "note-rx-" + f.coreName(), input.value(f));
            fields.put(f, field);
            Label error = new Label();
            error.setId("note-rx-error-" + f.coreName());
            error.getStyleClass().add("field-error");
            error.textProperty().bind(input.error(f));
            error.visibleProperty().bind(input.error(f).isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            rxErrorRow.getChildren().add(error);
        }
        rxFieldRow.getChildren().addAll(0, fields.values());
        for (javafx.scene.Node n : new javafx.scene.Node[] {diagnosisRow, rxLineRow, rxFieldRow, editRx, removeRx}) {
            n.disableProperty().bind(model.editableProperty().not());
        }
        editRx.disableProperty().unbind();
        editRx.disableProperty().bind(model.editableProperty().not()
                .or(prescriptions.getSelectionModel().selectedItemProperty().isNull()));
        removeRx.disableProperty().unbind();
        removeRx.disableProperty().bind(editRx.disableProperty());
        sign.setId("signNote");
        amend.setId("amendNote");
        saveAmendment.setId("saveAmendment");
        cancelAmendment.setId("cancelAmendment");
        show(sign, model.maySign(), EditorMode.DRAFT);
        show(amend, model.mayAmend(), EditorMode.SIGNED);
        show(saveAmendment, true, EditorMode.AMENDING);
        show(cancelAmendment, true, EditorMode.AMENDING);
        for (Button b : new Button[] {sign, amend, saveAmendment}) {
            b.disableProperty().bind(model.busyProperty());
        }
        model.modeProperty().addListener((o, old, mode) -> {
            if (mode == EditorMode.SIGNED) {
                autosave.stop();
            }
        });
    }

    /** The follow-up date with the spans doctors say aloud; days before today cannot be picked. */
    private void followUp() {
        followUpDate.setId("note-followUp");
        followUpDate.valueProperty().bindBidirectional(model.followUpProperty());
        followUpDate.setDayCellFactory(picker -> new javafx.scene.control.DateCell() {
            @Override
            public void updateItem(java.time.LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setDisable(empty || day.isBefore(model.today()));
            }
        });
        for (NoteEditorViewModel.FollowUpSpan span : NoteEditorViewModel.FollowUpSpan.values()) {
            Button quick = new Button(Messages.get(span.key()));
            quick.setId("note-followUp-" + span.name().toLowerCase(Locale.ROOT));
            quick.setOnAction(e -> model.followUpIn(span));
            followUpRow.getChildren().add(quick);
        }
        Button none = new Button(Messages.get("note.followUp.none"));
        none.setId("note-followUp-none");
        none.setOnAction(e -> model.followUpProperty().set(null));
        followUpRow.getChildren().add(none);
        followUpRow.disableProperty().bind(model.editableProperty().not());
        followUpReason.setId("note-followUpReason");
        followUpReason.textProperty().bindBidirectional(model.followUpReasonProperty());
        // the stored column's length: a longer reason is never typed, so never refused at save
        followUpReason.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change ->
                change.getControlNewText().length() <= org.clinicdesk.core.notes.NoteContent.REASON_LIMIT ? change : null));
        followUpReason.editableProperty().bind(model.editableProperty());
    }

    private void show(Button button, boolean allowed, EditorMode when) {
        button.visibleProperty().bind(model.modeProperty().isEqualTo(when).and(
                new javafx.beans.property.SimpleBooleanProperty(allowed)));
        button.managedProperty().bind(button.visibleProperty());
    }

    private void bindText(TextInputControl control, String id, javafx.beans.property.StringProperty value) {
        control.setId(id);
        control.textProperty().bindBidirectional(value);
        if (control instanceof TextArea) {
            control.editableProperty().bind(model.editableProperty());
        }
    }

    private void column(String key, Function<Prescription, String> text) {
        TableColumn<Prescription, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setId("rxColumn-" + key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        prescriptions.getColumns().add(c);
    }

    /** The ICD-10-CM matches under the diagnosis field: Down enters the list, Enter or a double click adds one. */
    private void suggestions() {
        diagnosisSuggestions.setId("note-diagnosisSuggestions");
        diagnosisSuggestions.setItems(model.diagnosisSearch().suggestions());
        diagnosisSuggestions.visibleProperty().bind(Bindings.isNotEmpty(diagnosisSuggestions.getItems()));
        diagnosisSuggestions.managedProperty().bind(diagnosisSuggestions.visibleProperty());
        diagnosisSuggestions.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Icd10Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : Messages.get("note.diagnosis.suggestion", e.code(), e.title()));
            }
        });
        diagnosisText.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !diagnosisSuggestions.getItems().isEmpty()) {
                diagnosisSuggestions.requestFocus();
                diagnosisSuggestions.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        diagnosisSuggestions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                chooseSuggestion();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                diagnosisText.requestFocus();
                e.consume();
            }
        });
        diagnosisSuggestions.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                chooseSuggestion();
            }
        });
    }

    private void chooseSuggestion() {
        Icd10Entry chosen = diagnosisSuggestions.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            model.chooseDiagnosis(chosen);
            diagnosisText.requestFocus();
        }
    }

    @FXML
    private void addDiagnosis() {
        model.addDiagnosis();
    }

    @FXML
    private void removeDiagnosis() {
        Diagnosis d = diagnoses.getSelectionModel().getSelectedItem();
        if (d != null && model.editableProperty().get()) {
            model.diagnoses().remove(d);
        }
    }

    @FXML
    private void addRxLine() {
        model.prescriptionInput().addLine();
    }

    @FXML
    private void addRxFields() {
        model.prescriptionInput().addFields();
    }

    @FXML
    private void editRx() {
        Prescription p = prescriptions.getSelectionModel().getSelectedItem();
        if (p != null) {
            model.prescriptionInput().edit(p);
        }
    }

    @FXML
    private void removeRx() {
        Prescription p = prescriptions.getSelectionModel().getSelectedItem();
        if (p != null) {
            model.prescriptions().remove(p);
        }
    }

    @FXML
    private void editAllergies() {
        model.editAllergies();
    }

    @FXML
    private void sign() {
        model.sign();
    }

    @FXML
    private void amend() {
        model.startAmendment();
    }

    @FXML
    private void saveAmendment() {
        model.saveAmendment();
    }

    @FXML
    private void cancelAmendment() {
        model.cancelAmendment();
    }

    /** When the editor closes: one last save of what was typed, then no more timer. */
    public void close() {
        autosave.stop();
        model.autosave();
    }

    public Parent root() {
        return root;
    }

    /** The card under the prescription line: each flag the line would add, its explanation and its path as chips. */
    private void showFlagCard(List<org.clinicdesk.core.flags.ClinicalFlag> flags) {
        rxFlagCard.getChildren().clear();
        for (org.clinicdesk.core.flags.ClinicalFlag f : flags) {
            Label title = new Label(Messages.get("note.rx.flag", f.severity().words(), f.kind().words(),
                    f.explanation()));
            title.setWrapText(true);
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            title.getStyleClass().add("flag-card-" + f.severity().name().toLowerCase(java.util.Locale.ROOT));
            javafx.scene.layout.FlowPane path = new javafx.scene.layout.FlowPane(4, 4);
            path.getStyleClass().add("flag-path");
            for (int i = 0; i < f.path().size(); i++) {
                if (i > 0) {
                    path.getChildren().add(new Label(Messages.get("note.rx.flagStep", f.steps().get(i - 1))));
                }
                Label chip = new Label(f.path().get(i).label());
                chip.getStyleClass().add("flag-chip");
                path.getChildren().add(chip);
            }
            rxFlagCard.getChildren().addAll(title, path);
        }
        rxFlagCard.setVisible(!flags.isEmpty());
        rxFlagCard.setManaged(!flags.isEmpty());
    }
}
