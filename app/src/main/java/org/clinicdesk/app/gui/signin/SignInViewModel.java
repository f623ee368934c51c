package org.clinicdesk.app.gui.signin;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.SignInOutcome;

/**
 * The sign-in form. It is shown before the store has finished opening, so people can type while migrations run;
 * signing in waits for {@link #storeOpened}.
 */
public final class SignInViewModel {
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty clinic = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Workstore> store = new SimpleObjectProperty<>();
    private final TaskExecutor executor;
    private final Consumer<Session> onSignedIn;
    private Consumer<PendingPasswordChange> onPasswordChangeRequired = PendingPasswordChange::forget;
    private SiteSettings site;

    public SignInViewModel(TaskExecutor executor, Consumer<Session> onSignedIn) {
        this.executor = executor;
        this.onSignedIn = onSignedIn;
    }

    public void storeOpened(Workstore opened, SiteSettings settings) {
        this.site = settings;
        clinic.set(Messages.get("signin.clinic", settings.clinicName(), settings.site().value()));
        store.set(opened);
    }

    public BooleanBinding canSignIn() {
        return store.isNotNull().and(busy.not()).and(username.isNotEmpty()).and(password.isNotEmpty());
    }

    public BooleanBinding waitingForStore() {
        return store.isNull();
    }

    public void signIn() {
        if (!canSignIn().get()) {
            return;
        }
        error.set("");
        Workstore opened = store.get();
        SiteSettings settings = site;
        String name = username.get();
        char[] secret = password.get().toCharArray();
        password.set("");
        BackgroundTask.wrap(() -> opened.services().users().attemptSignIn(name, secret, settings.site()))
                .showingProgressIn(busy)
                .onSuccess(outcome -> {
                    if (outcome instanceof SignInOutcome.SignedIn signedIn) {
                        Arrays.fill(secret, ' ');
                        onSignedIn.accept(new Session(opened, settings, signedIn.actor()));
                    } else {
                        // the temporary password stays with the change form, which forgets it when done
                        onPasswordChangeRequired.accept(new PendingPasswordChange(opened, settings,
                                ((SignInOutcome.PasswordChangeRequired) outcome).username(), secret));
                    }
                })
                .onFailure(e -> {
                    Arrays.fill(secret, ' ');
                    error.set(ErrorText.of(e));
                })
                .executeWith(executor);
    }

    /** Where a sign-in with a password an administrator reset goes: the change-password form. */
    public void onPasswordChangeRequired(Consumer<PendingPasswordChange> handler) {
        this.onPasswordChangeRequired = handler;
    }

    public Optional<Workstore> store() {
        return Optional.ofNullable(store.get());
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty clinicProperty() {
        return clinic;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
