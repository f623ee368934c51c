package org.clinicdesk.app.gui.history;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Views;
import org.clinicdesk.core.history.HistoryKind;

/** The line under the chart's history where past records are typed in; logic in {@link HistoryFormViewModel}. */
public final class HistoryFormView {
    private final HistoryFormViewModel model;
    private final Parent root;
    @FXML private ComboBox<HistoryKind> kind;
    @FXML private TextField date;
    @FXML private TextField text;
    @FXML private Label dateError;
    @FXML private Label textError;
    @FXML private Label message;
    @FXML private Button add;

    public HistoryFormView(HistoryFormViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    @FXML
    private void initialize() {
        kind.setId("history-kind");
        kind.getItems().setAll(HistoryKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(HistoryKind k) {
                return k == null ? "" : Messages.get("history.kind." + k.name());
            }

            @Override
            public HistoryKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        date.setId("history-date");
        date.textProperty().bindBidirectional(model.dateProperty());
        text.setId("history-text");
        text.textProperty().bindBidirectional(model.textProperty());
        text.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                Messages.get("history.prompt." + model.kindProperty().get().name().toLowerCase(Locale.ROOT)),
                model.kindProperty()));
        dateError.setId("history-dateError");
        dateError.textProperty().bind(model.dateErrorProperty());
        textError.setId("history-textError");
        textError.textProperty().bind(model.textErrorProperty());
        message.setId("historyMessage");
        message.textProperty().bind(model.messageProperty());
        add.setId("addHistory");
        add.disableProperty().bind(model.savingProperty());
    }

    @FXML
    private void add() {
        model.add();
    }

    public Parent root() {
        return root;
    }
}
