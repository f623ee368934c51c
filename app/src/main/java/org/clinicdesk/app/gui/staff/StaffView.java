package org.clinicdesk.app.gui.staff;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.clinicdesk.app.gui.common.Views;
import org.clinicdesk.core.users.Role;

/** The administrator's staff tab; all logic is in {@link StaffViewModel}. */
public final class StaffView {
    private final StaffViewModel model;
    private final Parent root;
    @FXML private TableView<StaffRow> table;
    @FXML private TableColumn<StaffRow, String> userColumn;
    @FXML private TableColumn<StaffRow, String> nameColumn;
    @FXML private TableColumn<StaffRow, String> roleColumn;
    @FXML private TableColumn<StaffRow, String> stateColumn;
    @FXML private TableColumn<StaffRow, String> mustChangeColumn;
    @FXML private TableColumn<StaffRow, String> lockColumn;
    @FXML private TextField reason;
    @FXML private Button disable;
    @FXML private Button enable;
    @FXML private Button unlock;
    @FXML private PasswordField temporaryPassword;
    @FXML private PasswordField temporaryAgain;
    @FXML private Button reset;
    @FXML private TextField newName;
    @FXML private TextField newDisplayName;
    @FXML private ComboBox<Role> newRole;
    @FXML private PasswordField newPassword;
    @FXML private PasswordField newPasswordAgain;
    @FXML private Button add;
    @FXML private Label message;

    public StaffView(StaffViewModel model) {
        this.model = model;
        this.root = Views.load(this);
        root.setId("staff");
    }

    @FXML
    private void initialize() {
        table.setId("staffTable");
        table.setItems(model.rows());
        column(userColumn, StaffRow::username);
        column(nameColumn, StaffRow::displayName);
        column(roleColumn, StaffRow::role);
        column(stateColumn, StaffRow::stateText);
        column(mustChangeColumn, StaffRow::mustChangeText);
        column(lockColumn, StaffRow::lockText);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> model.selectedProperty().set(row));
        model.selectedProperty().addListener((o, old, row) -> {
            if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        bind(reason, "staff-reason", model.reasonProperty());
        bind(temporaryPassword, "staff-temporaryPassword", model.temporaryPasswordProperty());
        bind(temporaryAgain, "staff-temporaryAgain", model.temporaryAgainProperty());
        bind(newName, "staff-newName", model.newNameProperty());
        bind(newDisplayName, "staff-newDisplayName", model.newDisplayNameProperty());
        bind(newPassword, "staff-newPassword", model.newPasswordProperty());
        bind(newPasswordAgain, "staff-newPasswordAgain", model.newPasswordAgainProperty());
        newRole.setId("staff-newRole");
        newRole.getItems().setAll(Role.values());
        newRole.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Role role) {
                return role == null ? "" : role.label();
            }

            @Override
            public Role fromString(String text) {
                return Role.parse(text);
            }
        });
        newRole.valueProperty().bindBidirectional(model.newRoleProperty());
        button(disable, "staff-disable", model.canDisable().not());
        button(enable, "staff-enable", model.canEnable().not());
        button(unlock, "staff-unlock", model.canUnlock().not());
        button(reset, "staff-reset", model.canReset().not());
        button(add, "staff-add", model.canAdd().not());
        message.setId("staff-message");
        message.textProperty().bind(model.messageProperty());
    }

    private static void column(TableColumn<StaffRow, String> column, Function<StaffRow, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
    }

    private static void bind(TextField field, String id, javafx.beans.property.StringProperty property) {
        field.setId(id);
        field.textProperty().bindBidirectional(property);
    }

    private static void button(Button button, String id, javafx.beans.value.ObservableBooleanValue disabled) {
        button.setId(id);
        button.disableProperty().bind(disabled);
    }

    @FXML
    private void disable() {
        model.disable();
    }

    @FXML
    private void enable() {
        model.enable();
    }

    @FXML
    private void unlock() {
        model.unlock();
    }

    @FXML
    private void reset() {
        model.resetPassword();
    }

    @FXML
    private void add() {
        model.add();
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    public Parent root() {
        return root;
    }
}
