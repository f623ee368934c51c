package org.clinicdesk.app.gui.merge;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Views;

/** Two patients side by side and the merge of one into the other; logic in {@link MergeViewModel}. */
public final class MergeView {
    private final MergeViewModel model;
    private final Parent root;
    private final ToggleGroup keep = new ToggleGroup();
    private final RadioButton keepFirst = new RadioButton();
    private final RadioButton keepSecond = new RadioButton();
    @FXML private GridPane sides;
    @FXML private TextField reason;
    @FXML private Label summary;
    @FXML private Button mergeButton;
    @FXML private Label message;

    public MergeView(MergeViewModel model) {
        this.model = model;
        this.root = Views.load(this);
    }

    @FXML
    private void initialize() {
        keepFirst.setId("merge-keepFirst");
        keepSecond.setId("merge-keepSecond");
        keepFirst.setToggleGroup(keep);
        keepSecond.setToggleGroup(keep);
        keepFirst.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("merge.keep", model.firstUhidProperty().get()), model.firstUhidProperty()));
        keepSecond.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("merge.keep", model.secondUhidProperty().get()), model.secondUhidProperty()));
        keep.selectToggle(model.keptProperty().get() == 0 ? keepFirst : keepSecond);
        keep.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.keptProperty().set(now == keepFirst ? 0 : 1);
            }
        });
        sides.setId("merge-sides");
        model.rows().addListener((ListChangeListener<MergeViewModel.Row>) c -> drawRows());
        drawRows();
        reason.setId("merge-reason");
        reason.textProperty().bindBidirectional(model.reasonProperty());
        summary.setId("merge-summary");
        summary.textProperty().bind(model.summaryProperty());
        mergeButton.setId("merge-confirm");
        mergeButton.disableProperty().bind(model.busyProperty().or(model.loadedProperty().not())
                .or(model.mergedProperty()));
        message.setId("mergeMessage");
        message.textProperty().bind(model.messageProperty());
    }

    private void drawRows() {
        sides.getChildren().clear();
        sides.add(keepFirst, 1, 0);
        sides.add(keepSecond, 2, 0);
        int line = 1;
        for (MergeViewModel.Row row : model.rows()) {
            Label what = new Label(row.label());
            what.getStyleClass().add("text-muted");
            Label first = new Label(row.first());
            first.setId("merge-first-" + line);
            Label second = new Label(row.second());
            second.setId("merge-second-" + line);
            if (!row.first().equals(row.second())) {
                first.getStyleClass().add("merge-differs");
                second.getStyleClass().add("merge-differs");
            }
            sides.addRow(line++, what, first, second);
        }
    }

    @FXML
    private void merge() {
        model.merge();
    }

    public Parent root() {
        return root;
    }
}
