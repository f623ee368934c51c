package org.clinicdesk.app.gui.imports;

import java.io.File;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.clinicdesk.app.gui.common.FormLabels;
import org.clinicdesk.app.gui.common.Messages;

/** The administrator's import wizard (File menu); all work happens in {@link ImportWizardViewModel}. */
public final class ImportWizardDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ImportWizardDialog(ImportWizardViewModel model, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("import.title"));
        dialog.setHeaderText(Messages.get("import.header"));
        dialog.setResizable(true);

        TextField path = new TextField();
        path.setId("importPath");
        path.setPrefColumnCount(40);
        path.textProperty().bindBidirectional(model.pathProperty());
        Button file = new Button(Messages.get("import.chooseFile"));
        file.setId("importChooseFile");
        file.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("import.chooseFile"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON, NDJSON", "*.json", "*.ndjson"));
            File chosen = chooser.showOpenDialog(owner);
            if (chosen != null) {
                model.pathProperty().set(chosen.getAbsolutePath());
            }
        });
        Button folder = new Button(Messages.get("import.chooseFolder"));
        folder.setId("importChooseFolder");
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.get("import.chooseFolder"));
            File chosen = chooser.showDialog(owner);
            if (chosen != null) {
                model.pathProperty().set(chosen.getAbsolutePath());
            }
        });
        ComboBox<ImportKind> kind = new ComboBox<>();
        kind.setId("importKind");
        kind.getItems().setAll(ImportKind.values());
        kind.setButtonCell(new KindCell());
        kind.setCellFactory(list -> new KindCell());
        kind.valueProperty().bindBidirectional(model.kindProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, FormLabels.labelFor(path, "import.path"), path, new HBox(6, file, folder));
        grid.addRow(1, FormLabels.labelFor(kind, "import.kind"), kind);

        Button dryRun = new Button(Messages.get("import.dryRun"));
        dryRun.setId("importDryRun");
        dryRun.setDefaultButton(true);
        dryRun.disableProperty().bind(model.busyProperty());
        dryRun.setOnAction(e -> model.dryRun());
        Button run = new Button(Messages.get("import.run"));
        run.setId("importRun");
        run.disableProperty().bind(model.busyProperty().or(model.mayImportProperty().not()));
        run.setOnAction(e -> model.importNow());
        Button cancel = new Button(Messages.get("import.cancel"));
        cancel.setId("importCancel");
        cancel.disableProperty().bind(model.busyProperty().not());
        cancel.setOnAction(e -> model.cancel());

        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label progressText = new Label();
        progressText.setId("importProgressText");
        progressText.textProperty().bind(model.progressTextProperty());
        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        TextArea report = new TextArea();
        report.setId("importReport");
        report.setEditable(false);
        report.setPrefRowCount(18);
        report.setPrefColumnCount(100);
        report.setStyle("-fx-font-family: monospace");
        report.textProperty().bind(model.reportProperty());

        dialog.getDialogPane().setContent(new VBox(10, grid, new HBox(8, dryRun, run, cancel), bar, progressText,
                message, report));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    /** A kind as people read it. */
    private static final class KindCell extends ListCell<ImportKind> {
        @Override
        protected void updateItem(ImportKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : Messages.get("import.kind." + item.name()));
        }
    }

    public void show() {
        dialog.show();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}
