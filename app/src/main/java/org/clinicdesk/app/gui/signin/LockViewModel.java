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

/** The locked screen: only the signed-in user's password brings the work back; wrong ones count to the lock-out. */
public final class LockViewModel {
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty heading;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Session session;
    private final TaskExecutor executor;
    private final Consumer<Session> onUnlocked;

    public LockViewModel(Session session, TaskExecutor executor, Consumer<Session> onUnlocked) {
        this.session = session;
        this.executor = executor;
        this.onUnlocked = onUnlocked;
        this.heading = new SimpleStringProperty(Messages.get("lock.heading", session.actor().username()));
    }

    public BooleanBinding canUnlock() {
        return busy.not().and(password.isNotEmpty());
    }

    public void unlock() {
        if (!canUnlock().get()) {
            return;
        }
        error.set("");
        char[] secret = password.get().toCharArray();
        password.set("");
        BackgroundTask.wrap(() -> {
                    try {
                        return session.services().users().unlock(session.actor(), secret);
                    } finally {
                        Arrays.fill(secret, ' ');
                    }
                })
                .showingProgressIn(busy)
                .onSuccess(actor -> onUnlocked.accept(new Session(session.store(), session.site(), actor)))
                .onFailure(e -> error.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    public StringProperty passwordProperty() {
        return password;
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
