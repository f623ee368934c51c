package org.clinicdesk.app.gui.setup;

import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.app.gui.sync.ConnectedText;
import org.clinicdesk.app.sync.CentralProbe;
import org.clinicdesk.app.sync.ClinicJoin;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.storage.sync.CentralServer;

/**
 * First start of a desk that joins a clinic which already has a central server: the server's JDBC URL, this desk's
 * site code and the site's login; a connection test that names the clinic and the login's site; then the join with
 * the first pull's progress. A refusal (site taken, wrong site, unreachable) stays on the form to be corrected.
 */
public final class JoinViewModel {
    /** Joins the clinic with the open store and returns the site it now is; runs off the FX thread. */
    @FunctionalInterface
    public interface Joiner {
        SiteSettings join(CentralServer server, SiteCode site, ClinicJoin.Progress progress);
    }

    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty siteCode = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final BooleanProperty testing = new SimpleBooleanProperty();
    private final BooleanProperty joining = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final TaskExecutor executor;
    private final Executor fxThread;
    private final Function<CentralServer, CentralProbe.Reached> probe;
    private final Joiner joiner;
    private final Consumer<SiteSettings> onJoined;

    /**
     * @param fxThread where progress reports of the first pull are shown ({@code Platform::runLater} in the window)
     */
    public JoinViewModel(TaskExecutor executor, Executor fxThread, Function<CentralServer, CentralProbe.Reached> probe,
                         Joiner joiner, Consumer<SiteSettings> onJoined) {
        this.executor = executor;
        this.fxThread = fxThread;
        this.probe = probe;
        this.joiner = joiner;
        this.onJoined = onJoined;
    }

    /** Reaches the server with the login; names the clinic, and fills in the site code when none was typed. */
    public void testConnection() {
        CentralServer server;
        try {
            server = server();
        } catch (ValidationException e) {
            tell(fieldError(e), true);
            return;
        }
        tell(Messages.get("join.testing"), false);
        BackgroundTask.wrap(() -> probe.apply(server))
                .showingProgressIn(testing)
                .onSuccess(this::reached)
                .onFailure(e -> tell(ErrorText.of(e), true))
                .executeWith(executor);
    }

    private void reached(CentralProbe.Reached reached) {
        if (siteCode.get().isBlank()) {
            siteCode.set(reached.site().value());
        }
        SiteCode typed;
        try {
            typed = SiteCode.of(siteCode.get());
        } catch (ValidationException e) {
            tell(fieldError(e), true);
            return;
        }
        if (!typed.equals(reached.site())) {
            tell(Messages.get("join.siteMismatch", reached.clinicName(), reached.site().value(), typed.value()), true);
            return;
        }
        tell(ConnectedText.of(reached), false);
    }

    /** Claims the site, creates this desk's store as that site and pulls the clinic's records, with progress. */
    public void join() {
        if (incomplete().get()) {
            return;
        }
        CentralServer server;
        SiteCode site;
        try {
            server = server();
            site = SiteCode.of(siteCode.get());
        } catch (ValidationException e) {
            tell(fieldError(e), true);
            return;
        }
        tell("", false);
        progress.set(-1);
        progressText.set(Messages.get("join.claiming", site.value()));
        ClinicJoin.Progress report = onFxThread();
        BackgroundTask.wrap(() -> joiner.join(server, site, report))
                .showingProgressIn(joining)
                .onSuccess(onJoined)
                .onFailure(e -> {
                    progress.set(-1);
                    progressText.set("");
                    tell(ErrorText.of(e), true);
                })
                .executeWith(executor);
    }

    /** Reports arrive per batch on a worker; only the latest is shown, at most one waits for the FX thread. */
    private ClinicJoin.Progress onFxThread() {
        AtomicReference<long[]> latest = new AtomicReference<>();
        AtomicBoolean queued = new AtomicBoolean();
        return (done, expected) -> {
            latest.set(new long[] {done, expected});
            if (queued.compareAndSet(false, true)) {
                fxThread.execute(() -> {
                    queued.set(false);
                    long[] now = latest.get();
                    progress.set(now[1] == 0 ? 1 : (double) now[0] / now[1]);
                    progressText.set(Messages.get("join.pulling", now[0], now[1]));
                });
            }
        };
    }

    private CentralServer server() {
        return new CentralServer(url.get().strip(), login.get().strip(), password.get());
    }

    private static String fieldError(ValidationException e) {
        String key = "join.invalid." + e.field();
        return Messages.bundle().containsKey(key) ? Messages.get(key, e.reason()) : e.getMessage();
    }

    private void tell(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }

    /** The fields a connection test needs; the site code may come from the test. */
    public BooleanBinding cannotTest() {
        return Bindings.createBooleanBinding(() -> blank(url, login, password) || testing.get() || joining.get(),
                url, login, password, testing, joining);
    }

    public BooleanBinding incomplete() {
        return Bindings.createBooleanBinding(() -> blank(url, siteCode, login, password) || testing.get()
                || joining.get(), url, siteCode, login, password, testing, joining);
    }

    private static boolean blank(StringProperty... fields) {
        return Arrays.stream(fields).anyMatch(f -> f.get() == null || f.get().isBlank());
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty siteCodeProperty() {
        return siteCode;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Whether the message is a problem to fix rather than good news. */
    public BooleanProperty problemProperty() {
        return problem;
    }

    public BooleanProperty testingProperty() {
        return testing;
    }

    public BooleanProperty joiningProperty() {
        return joining;
    }

    /** The first pull's share done; negative while the site is being claimed (indeterminate). */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }
}
