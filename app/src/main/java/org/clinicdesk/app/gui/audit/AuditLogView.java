package org.clinicdesk.app.gui.audit;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.SaveFileChooser;
import org.clinicdesk.app.gui.common.Views;

/** The administrators' Audit log tab; all logic is in {@link AuditLogViewModel}. */
public final class AuditLogView {
    private final AuditLogViewModel model;
    private final SaveFileChooser chooser;
    private final Parent root;
    @FXML private TextField patient;
    @FXML private TextField user;
    @FXML private ComboBox<String> action;
    @FXML private DatePicker day;
    @FXML private Button search;
    @FXML private Button emergencies;
    @FXML private Button export;
    @FXML private ProgressIndicator busy;
    @FXML private TableView<AuditRow> table;
    @FXML private TableColumn<AuditRow, String> timeColumn;
    @FXML private TableColumn<AuditRow, String> userColumn;
    @FXML private TableColumn<AuditRow, String> actionColumn;
    @FXML private TableColumn<AuditRow, String> patientColumn;
    @FXML private TableColumn<AuditRow, String> recordColumn;
    @FXML private TableColumn<AuditRow, String> detailColumn;
    @FXML private TableColumn<AuditRow, String> siteColumn;
    @FXML private Label message;

    public AuditLogView(AuditLogViewModel model, SaveFileChooser chooser) {
        this.model = model;
        this.chooser = chooser;
        this.root = Views.load(this);
        root.setId("auditLog");
    }

    @FXML
    private void initialize() {
        patient.setId("audit-patient");
        patient.textProperty().bindBidirectional(model.patientProperty());
        user.setId("audit-user");
        user.textProperty().bindBidirectional(model.userProperty());
        action.setId("audit-action");
        action.getItems().setAll(AuditLogViewModel.actionChoices());
        action.valueProperty().bindBidirectional(model.actionProperty());
        day.setId("audit-day");
        day.valueProperty().bindBidirectional(model.dayProperty());
        search.setId("audit-search");
        search.disableProperty().bind(model.busyProperty());
        emergencies.setId("audit-emergencies");
        emergencies.disableProperty().bind(model.busyProperty());
        export.setId("audit-export");
        export.disableProperty().bind(model.busyProperty().or(javafx.beans.binding.Bindings.isEmpty(model.rows())));
        busy.visibleProperty().bind(model.busyProperty());
        table.setId("auditTable");
        table.setItems(model.rows());
        column(timeColumn, AuditRow::at);
        column(userColumn, AuditRow::user);
        column(actionColumn, AuditRow::action);
        column(patientColumn, AuditRow::patient);
        column(recordColumn, AuditRow::entity);
        column(detailColumn, AuditRow::detail);
        column(siteColumn, r -> r.site() + " #" + r.sequence());
        message.setId("audit-message");
        message.textProperty().bind(model.messageProperty());
    }

    private static void column(TableColumn<AuditRow, String> column, Function<AuditRow, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
    }

    @FXML
    private void search() {
        model.search();
    }

    @FXML
    private void emergencies() {
        model.showEmergencies();
    }

    @FXML
    private void export() {
        chooser.choose(root.getScene().getWindow(), Messages.get("audit.export"), model.suggestedFileName(), "CSV",
                "*.csv").ifPresent(model::exportCsv);
    }

    public Parent root() {
        return root;
    }
}
