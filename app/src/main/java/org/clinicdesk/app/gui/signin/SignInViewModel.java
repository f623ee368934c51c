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
import javafx.beans.value.ObservableValue;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.CatchUpRequiredException;
import org.clinicdesk.core.users.SignInOutcome;

/**
 * The sign-in form. It is shown before the store has finished opening, so people can type while migrations run;
 * signing in waits for {@link #storeOpened}. On a restored store that has not caught up with the central server it
 * says why sign-in waits, offers "Sync now" and, for an administrator, an emergency sign-in with a reason.
 */
public final class SignInViewModel {
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty clinic = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty catchUpRequired = new SimpleBooleanProperty();
    private final BooleanProperty syncing = new SimpleBooleanProperty();
    private final StringProperty syncText = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private Runnable syncNow = () -> { };
    private ObservableValue<?> syncStatus;
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
        checkCatchUp();
    }

    /**
     * The window's background sync: "Sync now" asks it to run, and each status it reports (success or not) checks
     * again whether a restored store has caught up, which opens sign-in.
     */
    public void followSync(ObservableValue<?> status, ObservableValue<String> text, Runnable requestSync) {
        this.syncNow = requestSync;
        this.syncStatus = status;
        syncText.bind(text);
        status.addListener((o, was, now) -> {
            syncing.set(false);
            checkCatchUp();
        });
    }

    /** Asks whether sign-in waits for a restored store's catch-up sync (a database read, off the FX thread). */
    public void checkCatchUp() {
        Workstore opened = store.get();
        if (opened == null) {
            return;
        }
        BackgroundTask.wrap(() -> opened.services().users().waitingForCatchUp())
                .onSuccess(waiting -> {
                    catchUpRequired.set(waiting);
                    if (!waiting && syncing.get()) {
                        syncing.set(false);
                    }
                })
                .onFailure(e -> error.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** Syncs with the central server now, for a restored store to catch up. */
    public void syncNow() {
        if (syncStatus == null || syncStatus.getValue() == null) {
            error.set(Messages.get("signin.noCentral"));
            return;
        }
        syncing.set(true);
        syncNow.run();
    }

    public BooleanBinding canSignIn() {
        return store.isNotNull().and(busy.not()).and(catchUpRequired.not()).and(username.isNotEmpty())
                .and(password.isNotEmpty());
    }

    public BooleanBinding canSignInForEmergency() {
        return store.isNotNull().and(busy.not()).and(catchUpRequired).and(username.isNotEmpty())
                .and(password.isNotEmpty()).and(reason.isNotEmpty());
    }

    /**
     * An administrator signs in before the restored store has caught up (the central server is out of reach), with
     * the reason typed; audited for review. Other roles are refused by the use case.
     */
    public void signInForEmergency() {
        if (!canSignInForEmergency().get()) {
            return;
        }
        error.set("");
        Workstore opened = store.get();
        SiteSettings settings = site;
        String name = username.get();
        char[] secret = password.get().toCharArray();
        String why = reason.get();
        password.set("");
        BackgroundTask.wrap(() -> followLanguage(opened,
                        opened.services().users().signInBeforeCatchUp(name, secret, settings.site(), why)))
                .showingProgressIn(busy)
                .onSuccess(actor -> {
                    Arrays.fill(secret, ' ');
                    reason.set("");
                    onSignedIn.accept(new Session(opened, settings, actor));
                })
                .onFailure(e -> {
                    Arrays.fill(secret, ' ');
                    error.set(ErrorText.of(e));
                })
                .executeWith(executor);
    }

    /**
     * Off the FX thread, before the workstation is built for the user: the language they chose on any desk (synced)
     * becomes this desk's copy, which the workstation reads at sign-in.
     */
    private static org.clinicdesk.core.users.Actor followLanguage(Workstore opened, org.clinicdesk.core.users.Actor actor) {
        new org.clinicdesk.app.language.UserLanguages(opened.dataDir()).adopt(actor.username(),
                opened.services().settings().language(actor.username()));
        return actor;
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
        BackgroundTask.wrap(() -> {
                    SignInOutcome outcome = opened.services().users().attemptSignIn(name, secret, settings.site());
                    if (outcome instanceof SignInOutcome.SignedIn signedIn) {
                        followLanguage(opened, signedIn.actor());
                    }
                    return outcome;
                })
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
                    if (e instanceof CatchUpRequiredException) {
                        catchUpRequired.set(true);
                    }
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

    /** True while a restored store has not caught up with the central server: only "Sync now" and the emergency. */
    public BooleanProperty catchUpRequiredProperty() {
        return catchUpRequired;
    }

    public BooleanProperty syncingProperty() {
        return syncing;
    }

    public StringProperty syncTextProperty() {
        return syncText;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
