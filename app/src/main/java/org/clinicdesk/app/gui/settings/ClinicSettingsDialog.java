package org.clinicdesk.app.gui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.clinicdesk.app.gui.common.FormLabels;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.common.DateOrder;

/** The administrator's dialog for the clinic's shared settings; all work happens in {@link ClinicSettingsViewModel}. */
public final class ClinicSettingsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ClinicSettingsDialog(ClinicSettingsViewModel model, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("clinicSettings.title"));
        dialog.setHeaderText(Messages.get("clinicSettings.header"));
        TextField name = new TextField();
        name.setId("clinicName");
        name.setPrefColumnCount(30);
        name.textProperty().bindBidirectional(model.clinicNameProperty());
        TextArea address = new TextArea();
        address.setId("clinicAddress");
        address.setPrefColumnCount(30);
        address.setPrefRowCount(3);
        address.setWrapText(true);
        address.textProperty().bindBidirectional(model.addressProperty());
        TextField phone = new TextField();
        phone.setId("clinicPhone");
        phone.setPrefColumnCount(20);
        phone.textProperty().bindBidirectional(model.phoneProperty());
        ComboBox<DateOrder> order = new ComboBox<>();
        order.setId("clinicDateOrder");
        order.getItems().setAll(DateOrder.values());
        order.setButtonCell(new OrderCell());
        order.setCellFactory(list -> new OrderCell());
        order.valueProperty().bindBidirectional(model.dateOrderProperty());
        TextField idle = new TextField();
        idle.setId("clinicIdleMinutes");
        idle.setPrefColumnCount(4);
        idle.textProperty().bindBidirectional(model.idleMinutesProperty());
        TextField prefix = new TextField();
        prefix.setId("clinicTokenPrefix");
        prefix.setPrefColumnCount(4);
        prefix.textProperty().bindBidirectional(model.tokenPrefixProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, FormLabels.labelFor(name, "clinicSettings.name"), name);
        grid.addRow(1, FormLabels.labelFor(address, "clinicSettings.address"), address);
        grid.addRow(2, FormLabels.labelFor(phone, "clinicSettings.phone"), phone);
        grid.addRow(3, FormLabels.labelFor(order, "clinicSettings.dateOrder"), order);
        grid.addRow(4, FormLabels.labelFor(idle, "clinicSettings.idleMinutes"), idle);
        grid.addRow(5, FormLabels.labelFor(prefix, "clinicSettings.tokenPrefix"), prefix);

        Button save = new Button(Messages.get("clinicSettings.save"));
        save.setId("clinicSettingsSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        Label message = new Label();
        message.setId("clinicSettingsMessage");
        message.setWrapText(true);
        message.setMaxWidth(480);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());

        dialog.getDialogPane().setContent(new VBox(12, grid, save, message));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        model.load();
    }

    /** A date order as people read it. */
    private static final class OrderCell extends ListCell<DateOrder> {
        @Override
        protected void updateItem(DateOrder item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : Messages.get("clinicSettings.dateOrder." + item.name()));
        }
    }

    public void show() {
        dialog.show();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}
