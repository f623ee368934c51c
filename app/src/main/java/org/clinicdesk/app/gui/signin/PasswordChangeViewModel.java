package org.clinicdesk.app.gui.signin;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.core.users.UserService;

/**
 * The form between a reset password and the workstation: the user chooses a new password (typed twice); once it is
 * stored they are signed in with it. Nothing else opens until then.
 */
public final class PasswordChangeViewModel {
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty again = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty heading;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final PendingPasswordChange pending;
    private final TaskExecutor executor;
    private final Consumer<Session> onSignedIn;
    private final Runnable onCancel;

    public PasswordChangeViewModel(PendingPasswordChange pending, TaskExecutor executor, Consumer<Session> onSignedIn,
                                   Runnable onCancel) {
        this.pending = pending;
        this.executor = executor;
        this.onSignedIn = onSignedIn;
        this.onCancel = onCancel;
        this.heading = new SimpleStringProperty(Messages.get("passwordChange.heading", pending.username()));
    }

    public BooleanBinding canChange() {
        return busy.not().and(newPassword.isNotEmpty()).and(again.isNotEmpty());
    }

    public void change() {
        if (!canChange().get()) {
            return;
        }
        char[] chosen = newPassword.get().toCharArray();
        boolean same = Arrays.equals(chosen, again.get().toCharArray());
        newPassword.set("");
        again.set("");
        if (!same) {
            Arrays.fill(chosen, ' ');
            error.set(Messages.get("passwordChange.differ"));
            return;
        }
        error.set("");
        UserService users = pending.store().services().users();
        BackgroundTask.wrap(() -> {
                    try {
                        users.changeOwnPassword(pending.username(), pending.temporaryPassword(), chosen);
                        return users.signIn(pending.username(), chosen, pending.site().site());
                    } finally {
                        Arrays.fill(chosen, ' ');
                    }
                })
                .showingProgressIn(busy)
                .onSuccess(actor -> {
                    pending.forget();
                    onSignedIn.accept(new Session(pending.store(), pending.site(), actor));
                })
                .onFailure(e -> error.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    public void cancel() {
        pending.forget();
        onCancel.run();
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty againProperty() {
        return again;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
