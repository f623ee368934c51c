package org.clinicdesk.app.gui.notes;

import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.core.icd.Icd10Catalog;
import org.clinicdesk.core.icd.Icd10Entry;

/**
 * Type-ahead over the shipped ICD-10-CM list for the diagnosis being typed: each keystroke searches off the FX
 * thread (the first one also loads the list); a later keystroke's answer replaces an earlier one.
 */
public final class DiagnosisSearch {
    static final int SHOWN = 12;
    private static final int SHORTEST = 2;
    private final ObservableList<Icd10Entry> suggestions = FXCollections.observableArrayList();
    private final TaskExecutor executor;
    private long search;
    private boolean quiet;

    DiagnosisSearch(StringProperty typed, TaskExecutor executor) {
        this.executor = executor;
        typed.addListener((o, old, text) -> {
            if (!quiet) {
                lookUp(text);
            }
        });
    }

    private void lookUp(String text) {
        long mine = ++search;
        String q = text == null ? "" : text.strip();
        if (q.length() < SHORTEST) {
            suggestions.clear();
            return;
        }
        BackgroundTask.wrap(() -> Icd10Catalog.shipped().search(q, SHOWN))
                .onSuccess(found -> {
                    if (mine == search) {
                        suggestions.setAll(found);
                    }
                })
                .onFailure(e -> suggestions.clear())
                .executeWith(executor);
    }

    /** Runs a change of the typed text that must not search (clearing it after a choice). */
    void silently(Runnable change) {
        quiet = true;
        try {
            search++;
            change.run();
            suggestions.clear();
        } finally {
            quiet = false;
        }
    }

    public ObservableList<Icd10Entry> suggestions() {
        return suggestions;
    }
}
