package org.clinicdesk.app.gui.backup;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Views;

/** The administrators' Backups tab; all logic is in {@link BackupsViewModel}. */
public final class BackupsView {
    /** Asks for a folder: the system's dialog in the window, a fixed one in tests. */
    @FunctionalInterface
    public interface FolderChooser {
        Optional<Path> choose(Window owner, String title);

        static FolderChooser system() {
            return (owner, title) -> {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            };
        }
    }

    private final BackupsViewModel model;
    private final FolderChooser folders;
    private final Parent root;
    @FXML private TableView<BackupsViewModel.BackupRow> table;
    @FXML private TableColumn<BackupsViewModel.BackupRow, String> timeColumn;
    @FXML private TableColumn<BackupsViewModel.BackupRow, String> kindColumn;
    @FXML private TableColumn<BackupsViewModel.BackupRow, String> sizeColumn;
    @FXML private TableColumn<BackupsViewModel.BackupRow, String> verifiedColumn;
    @FXML private TableColumn<BackupsViewModel.BackupRow, String> folderColumn;
    @FXML private TextField secondFolder;
    @FXML private Button backUp;
    @FXML private Button chooseSecond;
    @FXML private Button clearSecond;
    @FXML private Button restore;
    @FXML private Button restoreInPlace;
    @FXML private HBox restoreProgress;
    @FXML private ProgressBar restoreBar;
    @FXML private Label restorePercent;
    @FXML private Button cancelRestore;
    @FXML private ProgressIndicator busy;
    @FXML private Label message;

    public BackupsView(BackupsViewModel model, FolderChooser folders) {
        this.model = model;
        this.folders = folders;
        this.root = Views.load(this);
        root.setId("backups");
    }

    @FXML
    private void initialize() {
        table.setId("backupsTable");
        table.setItems(model.rows());
        column(timeColumn, BackupsViewModel.BackupRow::takenAt);
        column(kindColumn, BackupsViewModel.BackupRow::kind);
        column(sizeColumn, r -> Messages.get("backups.size", r.sizeBytes() / 1024));
        column(verifiedColumn, BackupsViewModel.BackupRow::verifiedText);
        column(folderColumn, BackupsViewModel.BackupRow::folder);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> model.selectedProperty().set(row));
        secondFolder.setId("backups-secondFolder");
        secondFolder.textProperty().bind(model.secondFolderProperty());
        backUp.setId("backups-backUp");
        chooseSecond.setId("backups-chooseSecond");
        clearSecond.setId("backups-clearSecond");
        restore.setId("backups-restore");
        for (Button b : new Button[] {backUp, chooseSecond, clearSecond}) {
            b.disableProperty().bind(model.busyProperty());
        }
        restore.disableProperty().bind(model.busyProperty().or(model.selectedProperty().isNull()));
        restoreInPlace.setId("backups-restoreInPlace");
        restoreInPlace.disableProperty().bind(restore.disableProperty());
        restoreProgress.visibleProperty().bind(model.restoringProperty());
        restoreProgress.managedProperty().bind(restoreProgress.visibleProperty());
        restoreBar.setId("backups-restoreProgress");
        restoreBar.progressProperty().bind(model.progressProperty());
        restorePercent.setId("backups-restorePercent");
        restorePercent.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("backups.percent",
                Math.round(model.progressProperty().get() * 100)), model.progressProperty()));
        cancelRestore.setId("backups-cancelRestore");
        busy.visibleProperty().bind(model.busyProperty());
        message.setId("backups-message");
        message.textProperty().bind(model.messageProperty());
    }

    private static void column(TableColumn<BackupsViewModel.BackupRow, String> column,
                               Function<BackupsViewModel.BackupRow, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
    }

    @FXML
    private void backUp() {
        model.backUp();
    }

    @FXML
    private void chooseSecond() {
        folders.choose(root.getScene().getWindow(), Messages.get("backups.chooseSecond"))
                .ifPresent(f -> model.saveSecondFolder(Optional.of(f)));
    }

    @FXML
    private void clearSecond() {
        model.saveSecondFolder(Optional.empty());
    }

    @FXML
    private void restore() {
        folders.choose(root.getScene().getWindow(), Messages.get("backups.restoreTitle")).ifPresent(model::restoreTo);
    }

    @FXML
    private void restoreInPlace() {
        model.restoreInPlace();
    }

    @FXML
    private void cancelRestore() {
        model.cancelRestore();
    }

    public Parent root() {
        return root;
    }
}
