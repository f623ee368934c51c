package org.clinicdesk.app.gui.sync;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.core.sync.ConflictReview;
import org.clinicdesk.core.sync.SyncConflict;
import org.clinicdesk.core.users.Actor;

/**
 * The list of sync conflicts waiting for a person, the selected one's two versions, and acknowledging it with a
 * note through {@link ConflictReview} (which checks the role and audits). Talks to the central server in the
 * background only.
 */
public final class ConflictReviewViewModel {
    private final Actor actor;
    private final Supplier<ConflictReview> review;
    private final TaskExecutor executor;
    private final ObservableList<SyncConflict> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<SyncConflict> selected = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** {@code review} is called on a background thread (it reads the central settings). */
    public ConflictReviewViewModel(Actor actor, Supplier<ConflictReview> review, TaskExecutor executor) {
        this.actor = actor;
        this.review = review;
        this.executor = executor;
    }

    public void load() {
        BackgroundTask.wrap(() -> review.get().open(actor))
                .showingProgressIn(busy)
                .onSuccess(this::show)
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    private void show(List<SyncConflict> open) {
        conflicts.setAll(open);
        selected.set(open.isEmpty() ? null : open.get(0));
        message.set(open.isEmpty() ? Messages.get("conflicts.none") : "");
    }

    public void acknowledge() {
        SyncConflict conflict = selected.get();
        if (conflict == null) {
            return;
        }
        String text = note.get();
        BackgroundTask.wrap(() -> {
                    ConflictReview r = review.get();
                    r.acknowledge(actor, conflict, text);
                    return r.open(actor);
                })
                .showingProgressIn(busy)
                .onSuccess(open -> {
                    note.set("");
                    show(open);
                    message.set(Messages.get("conflicts.acknowledged", conflict.id()));
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    public ObservableList<SyncConflict> conflicts() {
        return conflicts;
    }

    public ObjectProperty<SyncConflict> selectedProperty() {
        return selected;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
