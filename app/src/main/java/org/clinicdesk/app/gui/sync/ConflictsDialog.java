package org.clinicdesk.app.gui.sync;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.sync.SyncConflict;

/** Conflicts left for a person: the list, both versions of the selected record side by side, acknowledge with a note. */
public final class ConflictsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ConflictsDialog(ConflictReviewViewModel model, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("conflicts.title"));
        dialog.setHeaderText(Messages.get("conflicts.header"));
        ListView<SyncConflict> list = new ListView<>(model.conflicts());
        list.setId("conflictList");
        list.setPrefSize(640, 140);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SyncConflict item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : Messages.get("conflicts.item", item.table(), item.site(), item.detail()));
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        TextArea kept = version("conflictKept");
        TextArea other = version("conflictOther");
        kept.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : model.selectedProperty().get().keptVersion(), model.selectedProperty()));
        other.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : model.selectedProperty().get().otherVersion(), model.selectedProperty()));
        GridPane versions = new GridPane();
        versions.setHgap(10);
        versions.addRow(0, new Label(Messages.get("conflicts.kept")), new Label(Messages.get("conflicts.other")));
        versions.addRow(1, kept, other);

        TextField note = new TextField();
        note.setId("conflictNote");
        note.setPromptText(Messages.get("conflicts.notePrompt"));
        note.textProperty().bindBidirectional(model.noteProperty());
        note.setPrefColumnCount(40);
        Button acknowledge = new Button(Messages.get("conflicts.acknowledge"));
        acknowledge.setId("conflictAcknowledge");
        acknowledge.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty())
                .or(model.noteProperty().isEmpty()));
        acknowledge.setOnAction(e -> model.acknowledge());
        Label message = new Label();
        message.setId("conflictMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        dialog.getDialogPane().setContent(new VBox(10, list, versions, new HBox(10, note, acknowledge), message));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        model.load();
    }

    private static TextArea version(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(315, 160);
        return area;
    }

    public void show() {
        dialog.show();
    }
}
