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

    public Decision decision() {
        return decision.get();
    }
}
