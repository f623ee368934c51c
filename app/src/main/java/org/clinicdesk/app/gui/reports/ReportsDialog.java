package org.clinicdesk.app.gui.reports;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.clinicdesk.app.gui.common.FormLabels;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.SaveFileChooser;
import org.clinicdesk.app.reports.ReportFormat;
import org.clinicdesk.core.reports.ReportPeriod;

/**
 * File > Reports: a day sheet or month summary, previewed in the dialog and saved as PDF or XLSX through a file
 * chooser. All work happens in {@link ReportsViewModel}, off the FX thread.
 */
public final class ReportsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ReportsDialog(ReportsViewModel model, Window owner, SaveFileChooser target) {
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("reports.title"));
        dialog.setHeaderText(Messages.get("reports.header"));
        dialog.setResizable(true);

        ToggleGroup kinds = new ToggleGroup();
        RadioButton day = new RadioButton(Messages.get("reports.day"));
        day.setId("reports-day");
        day.setToggleGroup(kinds);
        day.setUserData(ReportPeriod.Kind.DAY);
        RadioButton month = new RadioButton(Messages.get("reports.month"));
        month.setId("reports-month");
        month.setToggleGroup(kinds);
        month.setUserData(ReportPeriod.Kind.MONTH);
        kinds.selectToggle(model.kindProperty().get() == ReportPeriod.Kind.DAY ? day : month);
        kinds.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.kindProperty().set((ReportPeriod.Kind) b.getUserData());
            }
        });

        DatePicker date = new DatePicker();
        date.setId("reports-date");
        date.setConverter(converter(model));
        model.dateOrderProperty().addListener((o, a, b) -> date.setConverter(converter(model)));
        date.valueProperty().bindBidirectional(model.dayProperty());
        date.disableProperty().bind(month.selectedProperty());
        TextField monthField = new TextField();
        monthField.setId("reports-monthField");
        monthField.setPrefColumnCount(8);
        monthField.textProperty().bindBidirectional(model.monthProperty());
        monthField.disableProperty().bind(day.selectedProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, day, FormLabels.labelFor(date, "reports.date"), date);
        grid.addRow(1, month, FormLabels.labelFor(monthField, "reports.monthField"), monthField);

        Button show = new Button(Messages.get("reports.show"));
        show.setId("reports-show");
        show.setDefaultButton(true);
        show.disableProperty().bind(model.busyProperty());
        show.setOnAction(e -> model.show());
        Button pdf = saveButton("reports-savePdf", "reports.savePdf", ReportFormat.PDF, model, target);
        Button xlsx = saveButton("reports-saveXlsx", "reports.saveXlsx", ReportFormat.XLSX, model, target);

        TextArea preview = new TextArea();
        preview.setId("reports-preview");
        preview.setEditable(false);
        preview.setPrefRowCount(22);
        preview.setPrefColumnCount(64);
        preview.textProperty().bind(model.previewProperty());
        Label message = new Label();
        message.setId("reports-message");
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());

        dialog.getDialogPane().setContent(new VBox(10, grid, new HBox(8, show, pdf, xlsx), preview, message));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    /** The picker's text in the clinic's date order (a new converter redraws it when the order arrives). */
    private static javafx.util.StringConverter<java.time.LocalDate> converter(ReportsViewModel model) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate day) {
                return model.dayText(day);
            }

            @Override
            public java.time.LocalDate fromString(String text) {
                return model.readDay(text);
            }
        };
    }

    private Button saveButton(String id, String key, ReportFormat format, ReportsViewModel model,
                              SaveFileChooser target) {
        Button save = new Button(Messages.get(key));
        save.setId(id);
        save.disableProperty().bind(model.busyProperty().or(model.reportProperty().isNull()));
        save.setOnAction(e -> target.choose(dialog.getOwner(), Messages.get("reports.title"),
                        model.suggestedFileName(format), Messages.get(format == ReportFormat.PDF ? "reports.pdfFiles"
                                : "reports.xlsxFiles"), "*." + format.extension())
                .ifPresent(file -> model.save(format, file)));
        return save;
    }

    public void show() {
        dialog.show();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}
