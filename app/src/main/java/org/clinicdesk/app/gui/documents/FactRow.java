package org.clinicdesk.app.gui.documents;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One suggestion on the review screen with the reviewer's decision and the summary as (possibly) edited. */
public final class FactRow {
    /** What the reviewer made of a suggestion. */
    public enum Decision {
        UNDECIDED, ACCEPTED, REJECTED
    }

    private final Suggestion suggestion;
    private final StringProperty summary;
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>(Decision.UNDECIDED);

    public FactRow(Suggestion suggestion) {
        this.suggestion = suggestion;
        this.summary = new SimpleStringProperty(suggestion.summary());
    }

    public Suggestion suggestion() {
        return suggestion;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObjectProperty<Decision> decisionProperty() {
        return decision;
    }

    /**
     * Accepts the suggestion as read, unless its value must be checked first: such a value is never taken as read,
     * only as the reviewer enters it ({@link #acceptAsEdited}). Returns whether it was accepted.
     */
    public boolean acceptAsRead() {
        if (suggestion.checkTheValue()) {
            return false;
        }
        decision.set(Decision.ACCEPTED);
        return true;
    }

    /** The reviewer's own reading of the paper; accepted as they wrote it. */
    public void acceptAsEdited(String text) {
        summary.set(text);
        decision.set(Decision.ACCEPTED);
    }

    public Decision decision() {
        return decision.get();
    }
}
