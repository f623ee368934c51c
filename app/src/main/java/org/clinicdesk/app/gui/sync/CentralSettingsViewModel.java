package org.clinicdesk.app.gui.sync;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.app.sync.CentralProbe;
import org.clinicdesk.app.sync.CentralSettings;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.sync.CentralServer;
import org.clinicdesk.storage.sync.CentralUnavailableException;

/**
 * The central server settings form: JDBC URL, the site's login and password, a connection test, and saving to
 * {@code central.properties} the way {@code clinicdesk sync --url} does. Only an administrator may save.
 */
public final class CentralSettingsViewModel {
    private final Actor actor;
    private final LocalStore store;
    private final TaskExecutor executor;
    private final Runnable onSaved;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public CentralSettingsViewModel(Actor actor, LocalStore store, TaskExecutor executor, Runnable onSaved) {
        this.actor = actor;
        this.store = store;
        this.executor = executor;
        this.onSaved = onSaved;
    }

    /** Fills the form from the stored settings, read in the background. */
    public void load() {
        BackgroundTask.wrap(() -> CentralSettings.stored(store))
                .onSuccess(stored -> stored.ifPresent(s -> {
                    url.set(s.url());
                    user.set(s.user() == null ? "" : s.user());
                    password.set(s.password() == null ? "" : s.password());
                }))
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    public void testConnection() {
        message.set(Messages.get("central.testing"));
        CentralServer server;
        try {
            server = server();
        } catch (RuntimeException e) {
            message.set(ErrorText.of(e));
            return;
        }
        // The same check as a joining desk's: a compatible schema and the clinic and site this login speaks for.
        BackgroundTask.wrap(() -> CentralProbe.reach(server))
                .showingProgressIn(busy)
                .onSuccess(reached -> message.set(ConnectedText.of(reached)))
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    public void save() {
        if (!actor.may(Permission.ADMINISTER_STORE)) {
            message.set(Messages.get("central.notAllowed"));
            return;
        }
        CentralServer server;
        try {
            server = server();
        } catch (RuntimeException e) {
            message.set(ErrorText.of(e));
            return;
        }
        BackgroundTask.wrap(() -> keepIfNotRefused(server))
                .showingProgressIn(busy)
                .onSuccess(checked -> {
                    message.set(Messages.get(checked ? "central.saved" : "central.savedUnchecked"));
                    onSaved.run();
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /**
     * Keeps the settings unless the server refuses them: a superuser login, one that bypasses row-level security or
     * belongs to no clinic, or a URL off this computer without verified TLS is never kept. A server that does not
     * answer (set up before the network is there) does not stop the administrator; sync checks again before it sends
     * anything. Returns whether the server was asked.
     */
    private boolean keepIfNotRefused(CentralServer server) {
        boolean checked;
        try {
            CentralProbe.reach(server);
            checked = true;
        } catch (CentralUnavailableException unreachable) {
            checked = false;
        }
        CentralSettings.save(store, server);
        return checked;
    }

    private CentralServer server() {
        if (!actor.may(Permission.ADMINISTER_STORE)) {
            throw new PermissionDeniedException(Messages.get("central.notAllowed"));
        }
        return new CentralServer(url.get().strip(), blankToNull(user.get()), blankToNull(password.get()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public BooleanBinding incomplete() {
        return Bindings.createBooleanBinding(() -> url.get().isBlank() || busy.get(), url, busy);
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
