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
import org.clinicdesk.core.site.ClinicContact;
import org.clinicdesk.core.site.ClinicSetting;
import org.clinicdesk.core.site.ClinicSettings;
import org.clinicdesk.core.site.ClinicSettingsService;

/**
 * The administrator's form for what every desk of the clinic shares: its name, address and phone as printed, how it
 * writes dates, how long an idle screen stays open, and the prefix of this desk's queue tokens. Saved through {@link ClinicSettingsService} (checked,
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
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ClinicSettingsViewModel(Session session, TaskExecutor executor,
                                   java.util.function.Consumer<ClinicSettings> onSaved) {
        this.session = session;
        this.executor = executor;
        this.onSaved = onSaved;
    }

    public void load() {
        ClinicSettingsService service = session.services().settings();
        BackgroundTask.wrap(() -> new Loaded(service.current(), service.contact()))
                .onSuccess(this::show)
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** The settings and the clinic's printed address and phone, read together off the FX thread. */
    private record Loaded(ClinicSettings settings, ClinicContact contact) {
    }

    private void show(Loaded loaded) {
        ClinicSettings settings = loaded.settings();
        address.set(loaded.contact().address());
        phone.set(loaded.contact().phone());
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
        String typedAddress = address.get() == null ? "" : address.get().strip();
        String typedPhone = phone.get() == null ? "" : phone.get().strip();
        try {
            minutes = ClinicSetting.parseIdleMinutes(idleMinutes.get());
            prefix = SiteCode.of(tokenPrefix.get());
            // Blank stays blank (not yet set); anything typed must pass the printed checks.
            if (!typedAddress.isEmpty()) {
                ClinicContact.parseAddress(typedAddress);
            }
            if (!typedPhone.isEmpty()) {
                ClinicContact.parsePhone(typedPhone);
            }
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
                    ClinicContact contact = service.contact();
                    if (!contact.address().equals(typedAddress)) {
                        service.setAddress(actor, typedAddress);
                    }
                    if (!contact.phone().equals(typedPhone)) {
                        service.setPhone(actor, typedPhone);
                    }
                    return new Loaded(service.current(), service.contact());
                }))
                .showingProgressIn(busy)
                .onSuccess(saved -> {
                    show(saved);
                    message.set(Messages.get("clinicSettings.saved"));
                    onSaved.accept(saved.settings());
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

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
