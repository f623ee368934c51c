package org.clinicdesk.app.gui.reception;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.app.gui.common.TypeAhead;
import org.clinicdesk.app.gui.common.Views;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.queue.Priority;

/** Reception: search, results, register and edit beside them; logic in {@link ReceptionViewModel}. */
public final class ReceptionView {
    private final ReceptionViewModel model;
    private final TaskExecutor executor;
    private final Parent root;
    @FXML private TextField search;
    @FXML private ProgressIndicator searching;
    @FXML private TableView<PatientRow> results;
    @FXML private TableColumn<PatientRow, String> uhidColumn;
    @FXML private TableColumn<PatientRow, String> nameColumn;
    @FXML private TableColumn<PatientRow, String> bornColumn;
    @FXML private TableColumn<PatientRow, String> ageSexColumn;
    @FXML private TableColumn<PatientRow, String> phoneColumn;
    @FXML private Button register;
    @FXML private Button edit;
    @FXML private Label priorityLabel;
    @FXML private ComboBox<Priority> priority;
    @FXML private Button addToQueue;
    @FXML private Label message;
    @FXML private StackPane formSlot;
    @FXML private javafx.scene.layout.FlowPane actionRow;

    public ReceptionView(ReceptionViewModel model, TaskExecutor executor) {
        this.model = model;
        this.executor = executor;
        this.root = Views.load(this);
    }

    @FXML
    private void initialize() {
        search.setId("patientSearch");
        results.setId("patientResults");
        register.setId("registerPatient");
        edit.setId("editPatient");
        priority.setId("queuePriority");
        addToQueue.setId("addToQueue");
        message.setId("receptionMessage");
        search.textProperty().bindBidirectional(model.queryProperty());
        // Down from the search box goes into the results, so the desk never needs the mouse.
        search.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                if (results.getSelectionModel().isEmpty()) {
                    results.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        searching.visibleProperty().bind(model.searchingProperty());
        uhidColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().uhid()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        bornColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().born()));
        ageSexColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().ageSex()));
        phoneColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().phone()));
        results.setItems(model.results());
        results.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> model.selectedProperty().set(row));
        model.results().addListener((javafx.collections.ListChangeListener<PatientRow>) c -> {
            if (!model.results().isEmpty() && results.getSelectionModel().isEmpty()) {
                results.getSelectionModel().selectFirst();
            }
        });
        priority.getItems().setAll(Priority.values());
        priority.setConverter(new StringConverter<>() {
            @Override
            public String toString(Priority p) {
                return p == null ? "" : Messages.get("priority." + p.name());
            }

            @Override
            public Priority fromString(String s) {
                return Priority.parse(s);
            }
        });
        priority.valueProperty().bindBidirectional(model.priorityProperty());
        register.visibleProperty().bind(model.mayRegisterProperty());
        if (!model.mayRegisterProperty().get()) {
            // Doctors find patients here but do not register them: the hint offers only what they can do.
            Label findOnly = new Label(Messages.get("reception.emptyFindOnly"));
            findOnly.getStyleClass().add("text-muted");
            findOnly.setId("reception-placeholder");
            results.setPlaceholder(findOnly);
        }
        register.managedProperty().bind(register.visibleProperty());
        edit.visibleProperty().bind(model.mayEditProperty());
        edit.managedProperty().bind(edit.visibleProperty());
        edit.disableProperty().bind(model.selectedProperty().isNull());
        for (var node : new javafx.scene.Node[] {priorityLabel, priority, addToQueue}) {
            node.visibleProperty().bind(model.mayQueueProperty());
            node.managedProperty().bind(node.visibleProperty());
        }
        addToQueue.disableProperty().bind(model.selectedProperty().isNull().or(model.queueingProperty()));
        TypeAhead.onKeys(priority);
        message.textProperty().bind(model.messageProperty());
        Platform.runLater(search::requestFocus);
    }

    /** Enter on a search result does this (open the chart), for roles that may. */
    public void onEnter(java.util.function.Consumer<Patient> action) {
        results.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShortcutDown()) {
                model.selectedPatient().ifPresent(action);
                e.consume();
            }
        });
    }

    /** A button acting on the selected search result (open the chart), for roles that may use it. */
    public void addPatientAction(String id, String labelKey, java.util.function.Consumer<Patient> action) {
        Button button = new Button(org.clinicdesk.app.gui.common.Messages.get(labelKey));
        button.setMnemonicParsing(true);
        button.setId(id);
        button.disableProperty().bind(model.selectedProperty().isNull());
        button.setOnAction(e -> model.selectedPatient().ifPresent(action));
        actionRow.getChildren().add(button);
    }

    /** "Print card" for the selected patient and "Print token" for the token queued last, through {@code printing}. */
    public void enablePrinting(org.clinicdesk.app.gui.print.PdfPrinting printing) {
        Button card = new Button(Messages.get("print.card"));
        card.setId("printCard");
        card.disableProperty().bind(model.selectedProperty().isNull().or(model.printingProperty()));
        card.setOnAction(e -> model.card().ifPresent(c -> printing.print(root.getScene().getWindow(), c,
                model.messageProperty(), model.printingProperty())));
        Button token = new Button(Messages.get("print.token"));
        token.setId("printToken");
        token.disableProperty().bind(model.lastTokenProperty().isEmpty().or(model.printingProperty()));
        token.visibleProperty().bind(model.mayQueueProperty());
        token.managedProperty().bind(token.visibleProperty());
        token.setOnAction(e -> model.tokenSlip().ifPresent(t -> printing.print(root.getScene().getWindow(), t,
                model.messageProperty(), model.printingProperty())));
        actionRow.getChildren().addAll(card, token);
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @FXML
    public void register() {
        if (model.mayRegisterProperty().get()) {
            PatientFormViewModel form = PatientFormViewModel.register(model.session(), executor, this::saved);
            form.onExistingChosen(this::chosen);
            openForm(form);
        }
    }

    @FXML
    public void edit() {
        if (model.mayEditProperty().get()) {
            model.selectedPatient().ifPresent(p ->
                    openForm(PatientFormViewModel.edit(p, model.session(), executor, this::saved)));
        }
    }

    @FXML
    public void addToQueue() {
        model.addSelectedToQueue();
    }

    private void openForm(PatientFormViewModel form) {
        PatientFormView view = new PatientFormView(form, this::closeForm);
        formSlot.getChildren().setAll(view.root());
        view.focusFirstField();
    }

    private void saved(Patient patient) {
        closeForm();
        model.showPatient(patient);
        model.messageProperty().set(Messages.get("reception.saved", patient.name().full(), patient.uhid().value()));
    }

    private void chosen(Patient patient) {
        closeForm();
        model.showPatient(patient);
        model.messageProperty().set(Messages.get("reception.chosen", patient.name().full(), patient.uhid().value()));
    }

    private void closeForm() {
        formSlot.getChildren().clear();
        search.requestFocus();
    }

    public Parent root() {
        return root;
    }
}
