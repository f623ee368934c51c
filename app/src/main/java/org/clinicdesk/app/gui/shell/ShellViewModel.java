package org.clinicdesk.app.gui.shell;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.StoreHealth;

/** The main window's frame: who is signed in, which site, the store's health, the sync slot and the newest backup's age. */
public final class ShellViewModel {
    private final ReadOnlyStringWrapper user = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper site = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper storeHealth = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper sync = new ReadOnlyStringWrapper(Messages.get("status.sync.notConfigured"));
    private final ReadOnlyStringWrapper backup = new ReadOnlyStringWrapper("");
    private java.util.Optional<java.time.Instant> newestBackup = java.util.Optional.empty();
    private boolean backupKnown;
    private final Session session;

    public ShellViewModel(Session session) {
        this.session = session;
        user.set(Messages.get("status.user", session.actor().username(), session.actor().role().label()));
        site.set(Messages.get("status.site", session.site().site().value(), session.site().clinicName()));
        health(StoreHealth.OK);
    }

    public void health(StoreHealth health) {
        storeHealth.set(Messages.get("status.store." + health.name()));
    }

    /** Filled by the sync engine once it runs: online or offline, pending changes, last successful sync. */
    public void syncStatus(String text) {
        sync.set(text);
    }

    /** The sync slot follows the background sync's text from now on. */
    public void followSync(javafx.beans.value.ObservableValue<String> text) {
        sync.bind(text);
    }

    /** The newest verified backup this desk has (none yet: empty), as found on disk or just taken. */
    public void newestVerifiedBackup(java.util.Optional<java.time.Instant> takenAt, java.time.Instant now) {
        backupKnown = true;
        if (takenAt.isPresent() && newestBackup.map(n -> n.isAfter(takenAt.get())).orElse(false)) {
            return;
        }
        newestBackup = takenAt;
        backupAge(now);
    }

    /** Keeps the backup's age current (called with the status bar's other once-a-second checks). */
    public void backupAge(java.time.Instant now) {
        if (!backupKnown) {
            return;
        }
        backup.set(org.clinicdesk.app.gui.backup.BackupAge.statusText(newestBackup, now));
    }

    public ReadOnlyStringProperty backupProperty() {
        return backup.getReadOnlyProperty();
    }

    public Session session() {
        return session;
    }

    public ReadOnlyStringProperty userProperty() {
        return user.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty siteProperty() {
        return site.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storeHealthProperty() {
        return storeHealth.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty syncProperty() {
        return sync.getReadOnlyProperty();
    }
}
