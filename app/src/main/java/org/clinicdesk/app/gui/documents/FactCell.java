package org.clinicdesk.app.gui.documents;

import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.clinicdesk.app.gui.common.Messages;

/** A suggested fact with its kind, its summary (editable), how sure the reader was, and Accept / Edit / Reject. */
final class FactCell extends ListCell<FactRow> {
    private final DocumentReviewViewModel model;
    private final Label kind = new Label();
    private final TextField summary = new TextField();
    private final Label confidence = new Label();
    private final Label check = new Label(Messages.get("documents.checkValue"));
    private final Button accept = new Button(Messages.get("documents.accept"));
    private final Button edit = new Button(Messages.get("documents.edit"));
    private final Button reject = new Button(Messages.get("documents.reject"));
    private final HBox box = new HBox(8, kind, summary, check, confidence, accept, edit, reject);
    private final ChangeListener<FactRow.Decision> decisionListener = (o, old, d) -> styleFor(d);
    private FactRow shown;

    FactCell(DocumentReviewViewModel model) {
        this.model = model;
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.ALWAYS);
        kind.getStyleClass().add("fact-kind");
        kind.setMinWidth(80);
        summary.getStyleClass().add("fact-summary");
        summary.setEditable(false);
        confidence.getStyleClass().add("fact-confidence");
        check.getStyleClass().add("fact-check");
        check.managedProperty().bind(check.visibleProperty());
        accept.getStyleClass().addAll("fact-accept", "success", "small");
        edit.getStyleClass().addAll("fact-edit", "small");
        reject.getStyleClass().addAll("fact-reject", "danger", "small");
        summary.setMinWidth(120);
        for (Button b : new Button[] {accept, edit, reject}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        accept.setOnAction(e -> model.accept(shown));
        reject.setOnAction(e -> model.reject(shown));
        edit.setOnAction(e -> {
            summary.setEditable(true);
            summary.requestFocus();
            summary.selectAll();
        });
        summary.setOnAction(e -> commit());
        summary.focusedProperty().addListener((o, was, now) -> {
            if (!now && summary.isEditable()) {
                commit();
            }
        });
    }

    private void commit() {
        summary.setEditable(false);
        if (shown != null && !summary.getText().equals(shown.summaryProperty().get())) {
            model.edit(shown, summary.getText());
        }
    }

    @Override
    protected void updateItem(FactRow row, boolean empty) {
        super.updateItem(row, empty);
        if (shown != null) {
            shown.decisionProperty().removeListener(decisionListener);
        }
        shown = empty ? null : row;
        if (shown == null) {
            setGraphic(null);
            getStyleClass().removeAll("fact-accepted", "fact-rejected", "fact-unsure");
            return;
        }
        kind.setText(Messages.get(row.suggestion().kindKey()));
        summary.setEditable(false);
        summary.setText(row.summaryProperty().get());
        confidence.setText(String.format(Locale.ROOT, "%.0f%%", row.suggestion().confidence() * 100));
        check.setVisible(row.suggestion().checkTheValue());
        accept.setDisable(row.suggestion().checkTheValue());
        getStyleClass().remove("fact-unsure");
        if (row.suggestion().confidence() < Suggestion.UNSURE) {
            getStyleClass().add("fact-unsure");
        }
        row.decisionProperty().addListener(decisionListener);
        styleFor(row.decision());
        setGraphic(box);
    }

    private void styleFor(FactRow.Decision d) {
        getStyleClass().removeAll("fact-accepted", "fact-rejected");
        if (d == FactRow.Decision.ACCEPTED) {
            getStyleClass().add("fact-accepted");
        } else if (d == FactRow.Decision.REJECTED) {
            getStyleClass().add("fact-rejected");
        }
    }
}
