package org.clinicdesk.app.gui.setup;

import java.util.Arrays;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.ClinicSetup;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.site.SiteSettings;

/** First start on an empty store: the site code, the clinic's name and the first administrator. */
public final class SetupViewModel {
    private final StringProperty siteCode = new SimpleStringProperty("");
    private final StringProperty clinicName = new SimpleStringProperty("");
    private final StringProperty adminName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Workstore store;
    private final TaskExecutor executor;
    private final Consumer<SiteSettings> onCreated;

    public SetupViewModel(Workstore store, TaskExecutor executor, Consumer<SiteSettings> onCreated) {
        this.store = store;
        this.executor = executor;
        this.onCreated = onCreated;
    }

    public void create() {
        error.set("");
        SiteSettings settings;
        try {
            settings = new SiteSettings(SiteCode.of(siteCode.get()), clinicName.get(), UUID.randomUUID());
        } catch (ValidationException e) {
            error.set(e.getMessage());
            return;
        }
        if (!password.get().equals(passwordAgain.get())) {
            error.set(Messages.get("setup.passwordsDiffer"));
            return;
        }
        char[] secret = password.get().toCharArray();
        String admin = adminName.get();
        BackgroundTask.wrap(() -> {
                    try {
                        // Site and administrator together: a refused admin name leaves the store empty for a retry.
                        ClinicSetup.createClinic(store.services(), settings, admin, secret);
                        return settings;
                    } finally {
                        Arrays.fill(secret, ' ');
                    }
                })
                .showingProgressIn(busy)
                .onSuccess(onCreated)
                .onFailure(e -> error.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    public StringProperty siteCodeProperty() {
        return siteCode;
    }

    public StringProperty clinicNameProperty() {
        return clinicName;
    }

    public StringProperty adminNameProperty() {
        return adminName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordAgainProperty() {
        return passwordAgain;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
