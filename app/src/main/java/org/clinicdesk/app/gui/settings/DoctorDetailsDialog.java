package org.clinicdesk.app.gui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.clinicdesk.app.gui.common.FormLabels;
import org.clinicdesk.app.gui.common.Messages;

/** A doctor's printed details (an administrator picks the doctor); all work happens in {@link DoctorDetailsViewModel}. */
public final class DoctorDetailsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public DoctorDetailsDialog(DoctorDetailsViewModel model, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("doctorDetails.title"));
        dialog.setHeaderText(Messages.get("doctorDetails.header"));
        ComboBox<String> doctor = new ComboBox<>(model.doctors());
        doctor.setId("doctorDetailsDoctor");
        doctor.valueProperty().bindBidirectional(model.doctorProperty());
        doctor.disableProperty().bind(javafx.beans.binding.Bindings.size(model.doctors()).lessThan(2));
        TextField fullName = field("doctorFullName", 30, model.fullNameProperty());
        TextField qualification = field("doctorQualification", 30, model.qualificationProperty());
        TextField registration = field("doctorRegistration", 16, model.registrationProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, FormLabels.labelFor(doctor, "doctorDetails.doctor"), doctor);
        grid.addRow(1, FormLabels.labelFor(fullName, "doctorDetails.fullName"), fullName);
        grid.addRow(2, FormLabels.labelFor(qualification, "doctorDetails.qualification"), qualification);
        grid.addRow(3, FormLabels.labelFor(registration, "doctorDetails.registration"), registration);

        Button save = new Button(Messages.get("doctorDetails.save"));
        save.setId("doctorDetailsSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        Label message = new Label();
        message.setId("doctorDetailsMessage");
        message.setWrapText(true);
        message.setMaxWidth(480);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());

        dialog.getDialogPane().setContent(new VBox(12, grid, save, message));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        model.load();
    }

    private static TextField field(String id, int columns, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    public void show() {
        dialog.show();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}
