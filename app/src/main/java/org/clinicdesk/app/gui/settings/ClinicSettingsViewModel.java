package org.clinicdesk.app.gui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.site.ClinicSetting;
import org.clinicdesk.core.site.ClinicSettings;
import org.clinicdesk.core.site.ClinicSettingsService;

/**
 * The administrator's form for what every desk of the clinic shares: its name, how it writes dates, how long an idle
 * screen stays open, and the prefix of this desk's queue tokens. Saved through {@link ClinicSettingsService} (checked,
 * audited, synced to every desk), off the FX thread.
 */
public final class ClinicSettingsViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final java.util.function.Consumer<ClinicSettings> onSaved;
    private final StringProperty clinicName = new SimpleStringProperty("");
    private final ObjectProperty<DateOrder> dateOrder = new SimpleObjectProperty<>(DateOrder.DAY_FIRST);
    private final StringProperty idleMinutes = new SimpleStringProperty("");
    private final StringProperty tokenPrefix = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ClinicSettingsViewModel(Session session, TaskExecutor executor,
                                   java.util.function.Consumer<ClinicSettings> onSaved) {
        this.session = session;
        this.executor = executor;
        this.onSaved = onSaved;
    }

    public void load() {
        BackgroundTask.wrap(() -> session.services().settings().current())
                .onSuccess(this::show)
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    private void show(ClinicSettings settings) {
        clinicName.set(settings.clinicName());
        dateOrder.set(settings.dateOrder());
        idleMinutes.set(String.valueOf(settings.idleLockMinutes()));
        tokenPrefix.set(settings.tokenPrefix(session.actor().site()).value());
    }

    /** Every field is checked before anything is written; then the changed settings are saved in one transaction. */
    public void save() {
        String name = clinicName.get();
        DateOrder order = dateOrder.get();
        int minutes;
        SiteCode prefix;
        try {
            minutes = ClinicSetting.parseIdleMinutes(idleMinutes.get());
            prefix = SiteCode.of(tokenPrefix.get());
        } catch (RuntimeException e) {
            message.set(ErrorText.of(e));
            return;
        }
        ClinicSettingsService service = session.services().settings();
        var actor = session.actor();
        BackgroundTask.wrap(() -> session.services().store().context().tx().inTransaction(() -> {
                    ClinicSettings now = service.current();
                    if (!now.clinicName().equals(name == null ? "" : name.strip())) {
                        service.renameClinic(actor, name);
                    }
                    if (now.dateOrder() != order) {
                        service.setDateOrder(actor, order);
                    }
                    if (now.idleLockMinutes() != minutes) {
                        service.setIdleLockMinutes(actor, minutes);
                    }
                    if (!now.tokenPrefix(actor.site()).equals(prefix)) {
                        service.setTokenPrefix(actor, actor.site(), prefix);
                    }
                    return service.current();
                }))
                .showingProgressIn(busy)
                .onSuccess(saved -> {
                    show(saved);
                    message.set(Messages.get("clinicSettings.saved"));
                    onSaved.accept(saved);
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    public StringProperty clinicNameProperty() {
        return clinicName;
    }

    public ObjectProperty<DateOrder> dateOrderProperty() {
        return dateOrder;
    }

    public StringProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public StringProperty tokenPrefixProperty() {
        return tokenPrefix;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
