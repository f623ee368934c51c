package org.clinicdesk.app.gui.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.users.UserService;

/**
 * The administrator's staff screen: every user with their state and this desk's lock; add, disable (with a reason),
 * enable, reset a password (typed twice) and unlock. Each action runs in the background, then the list reloads and
 * keeps the same user selected.
 */
public final class StaffViewModel {
    private final ObservableList<StaffRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<StaffRow> selected = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty temporaryPassword = new SimpleStringProperty("");
    private final StringProperty temporaryAgain = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newDisplayName = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.RECEPTION);
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty newPasswordAgain = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final UserService users;
    private final Actor actor;
    private final TaskExecutor executor;

    public StaffViewModel(Session session, TaskExecutor executor) {
        this.users = session.services().users();
        this.actor = session.actor();
        this.executor = executor;
    }

    public void refresh() {
        Optional<String> keep = Optional.ofNullable(selected.get()).map(StaffRow::username);
        BackgroundTask.wrap(this::load)
                .showingProgressIn(busy)
                .onSuccess(loaded -> show(loaded, keep))
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    private List<StaffRow> load() {
        return users.list(actor).stream().map(StaffRow::of).toList();
    }

    private void show(List<StaffRow> loaded, Optional<String> keep) {
        rows.setAll(loaded);
        selected.set(keep.flatMap(name -> loaded.stream().filter(r -> r.username().equals(name)).findFirst()).orElse(null));
    }

    public void disable() {
        selectedName().ifPresent(name -> {
            Optional<String> why = Optional.of(reason.get().strip()).filter(r -> !r.isEmpty());
            act(() -> users.disable(actor, name, why), Messages.get("staff.disabledDone", name), done -> reason.set(""));
        });
    }

    public void enable() {
        selectedName().ifPresent(name -> act(() -> users.enable(actor, name), Messages.get("staff.enabledDone", name),
                done -> { }));
    }

    public void unlock() {
        selectedName().ifPresent(name -> act(() -> users.unlock(actor, name), Messages.get("staff.unlockedDone", name),
                done -> { }));
    }

    public void resetPassword() {
        Optional<String> name = selectedName();
        Optional<char[]> chosen = twice(temporaryPassword, temporaryAgain);
        if (name.isEmpty() || chosen.isEmpty()) {
            return;
        }
        act(() -> users.resetPassword(actor, name.get(), chosen.get()), Messages.get("staff.resetDone", name.get()),
                done -> Arrays.fill(chosen.get(), ' '));
    }

    public void add() {
        String name = newName.get().strip();
        Optional<char[]> chosen = twice(newPassword, newPasswordAgain);
        if (chosen.isEmpty()) {
            return;
        }
        act(() -> users.add(actor, name, newDisplayName.get(), newRole.get(), chosen.get()),
                Messages.get("staff.addedDone", name), done -> {
                    Arrays.fill(chosen.get(), ' ');
                    if (done) {
                        newName.set("");
                        newDisplayName.set("");
                    }
                });
    }

    /** The password typed twice, or a message saying why not; the fields are emptied either way. */
    private Optional<char[]> twice(StringProperty first, StringProperty second) {
        char[] typed = first.get().toCharArray();
        boolean same = first.get().equals(second.get());
        first.set("");
        second.set("");
        if (!same) {
            message.set(Messages.get("staff.passwordsDiffer"));
            return Optional.empty();
        }
        return Optional.of(typed);
    }

    /** Runs one staff action in the background; {@code after} learns whether it succeeded (to clear its fields). */
    private void act(Runnable work, String doneMessage, Consumer<Boolean> after) {
        message.set("");
        Optional<String> keep = selectedName();
        BackgroundTask.wrap(() -> {
                    work.run();
                    return load();
                })
                .showingProgressIn(busy)
                .onSuccess(loaded -> {
                    after.accept(true);
                    show(loaded, keep);
                    message.set(doneMessage);
                })
                .onFailure(e -> {
                    after.accept(false);
                    message.set(ErrorText.of(e));
                })
                .executeWith(executor);
    }

    private Optional<String> selectedName() {
        return Optional.ofNullable(selected.get()).map(StaffRow::username);
    }

    public BooleanBinding canDisable() {
        return Bindings.createBooleanBinding(() -> !busy.get() && selected.get() != null && selected.get().active(),
                busy, selected);
    }

    public BooleanBinding canEnable() {
        return Bindings.createBooleanBinding(() -> !busy.get() && selected.get() != null && !selected.get().active(),
                busy, selected);
    }

    public BooleanBinding canUnlock() {
        return Bindings.createBooleanBinding(() -> !busy.get() && selected.get() != null && selected.get().lockedHere(),
                busy, selected);
    }

    public BooleanBinding canReset() {
        return busy.not().and(selected.isNotNull()).and(temporaryPassword.isNotEmpty()).and(temporaryAgain.isNotEmpty());
    }

    public BooleanBinding canAdd() {
        return busy.not().and(newName.isNotEmpty()).and(newRole.isNotNull()).and(newPassword.isNotEmpty())
                .and(newPasswordAgain.isNotEmpty());
    }

    public ObservableList<StaffRow> rows() {
        return rows;
    }

    public ObjectProperty<StaffRow> selectedProperty() {
        return selected;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty temporaryPasswordProperty() {
        return temporaryPassword;
    }

    public StringProperty temporaryAgainProperty() {
        return temporaryAgain;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newDisplayNameProperty() {
        return newDisplayName;
    }

    public ObjectProperty<Role> newRoleProperty() {
        return newRole;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty newPasswordAgainProperty() {
        return newPasswordAgain;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
