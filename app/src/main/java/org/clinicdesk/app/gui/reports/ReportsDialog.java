package org.clinicdesk.app.gui.reports;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
import org.clinicdesk.core.reports.DailyRegister;
import org.clinicdesk.core.reports.ReportPeriod;

/**
 * File > Reports: a day sheet or month summary, previewed in the dialog and saved as PDF or XLSX through a file
 * chooser; or a day's daily register (OPD register) as a table, saved as CSV. All work happens in
 * {@link ReportsViewModel}, off the FX thread.
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
        RadioButton register = new RadioButton(Messages.get("reports.register"));
        register.setId("reports-register");
        register.setToggleGroup(kinds);
        kinds.selectToggle(model.registerChosenProperty().get() ? register
                : model.kindProperty().get() == ReportPeriod.Kind.DAY ? day : month);
        kinds.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.registerChosenProperty().set(b == register);
                if (b.getUserData() != null) {
                    model.kindProperty().set((ReportPeriod.Kind) b.getUserData());
                }
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
        monthField.disableProperty().bind(month.selectedProperty().not());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, day, FormLabels.labelFor(date, "reports.date"), date);
        grid.addRow(1, month, FormLabels.labelFor(monthField, "reports.monthField"), monthField);
        grid.add(register, 0, 2);

        Button show = new Button(Messages.get("reports.show"));
        show.setId("reports-show");
        show.setDefaultButton(true);
        show.disableProperty().bind(model.busyProperty());
        show.setOnAction(e -> model.show());
        Button pdf = saveButton("reports-savePdf", "reports.savePdf", ReportFormat.PDF, model, target);
        Button xlsx = saveButton("reports-saveXlsx", "reports.saveXlsx", ReportFormat.XLSX, model, target);
        Button csv = new Button(Messages.get("reports.saveCsv"));
        csv.setId("reports-saveCsv");
        csv.disableProperty().bind(model.busyProperty().or(model.registerProperty().isNull()));
        csv.setOnAction(e -> target.choose(dialog.getOwner(), Messages.get("reports.title"),
                        model.suggestedRegisterFileName(), Messages.get("reports.csvFiles"), "*.csv")
                .ifPresent(model::saveRegisterCsv));

        TextArea preview = new TextArea();
        preview.setId("reports-preview");
        preview.setEditable(false);
        preview.setPrefRowCount(22);
        preview.setPrefColumnCount(64);
        preview.textProperty().bind(model.previewProperty());
        TableView<DailyRegister.Line> table = registerTable(model);
        // the register is a table of the day's patients; the other reports are read as text
        preview.visibleProperty().bind(model.registerChosenProperty().not());
        preview.managedProperty().bind(preview.visibleProperty());
        table.visibleProperty().bind(model.registerChosenProperty());
        table.managedProperty().bind(table.visibleProperty());
        // the table is wider than the text: the dialog widens for it (within the screen)
        model.registerChosenProperty().addListener((o, a, b) -> {
            if (b && dialog.isShowing()) {
                double screen = javafx.stage.Screen.getPrimary().getVisualBounds().getWidth();
                dialog.setWidth(Math.min(screen, Math.max(dialog.getWidth(), table.getPrefWidth() + 60)));
            }
        });
        Label message = new Label();
        message.setId("reports-message");
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());

        dialog.getDialogPane().setContent(new VBox(10, grid, new HBox(8, show, pdf, xlsx, csv), preview, table,
                message));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private static TableView<DailyRegister.Line> registerTable(ReportsViewModel model) {
        TableView<DailyRegister.Line> table = new TableView<>(model.registerLines());
        table.setId("reports-registerTable");
        table.setPlaceholder(new Label(Messages.get("reports.registerEmpty")));
        table.setPrefHeight(360);
        table.setPrefWidth(1200);
        java.time.format.DateTimeFormatter hhmm = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
        table.getColumns().add(column("token", 70, l -> l.token()));
        table.getColumns().add(column("timeIn", 60, l -> hhmm.format(l.timeIn())));
        table.getColumns().add(column("uhid", 105, l -> l.uhid()));
        table.getColumns().add(column("name", 160, l -> l.name()));
        table.getColumns().add(column("ageSex", 95, l -> l.age() + (l.sex().isEmpty() ? "" : " / " + l.sex())));
        table.getColumns().add(column("village", 125, l -> l.village()));
        table.getColumns().add(column("doctor", 170, l -> l.doctor()));
        table.getColumns().add(column("diagnosis", 220, l -> l.diagnosis()));
        table.getColumns().add(column("status", 120, ReportsViewModel::statusText));
        table.getColumns().add(column("timeDone", 60, l -> l.done().map(hhmm::format).orElse("")));
        table.getColumns().add(column("followUp", 95, l -> l.followUp().map(model::dayText).orElse("")));
        table.getColumns().add(column("followUpReason", 160, l -> l.followUpReason()));
        return table;
    }

    private static TableColumn<DailyRegister.Line, String> column(String key, double width,
            java.util.function.Function<DailyRegister.Line, String> value) {
        TableColumn<DailyRegister.Line, String> column = new TableColumn<>(Messages.get("reports.register." + key));
        column.setPrefWidth(width);
        column.setId("register-" + key);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
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
