package org.clinicdesk.app.gui.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.app.gui.common.BackgroundTask;
import org.clinicdesk.app.gui.common.ErrorText;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.core.users.Permission;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.backup.BackupFolder;
import org.clinicdesk.storage.backup.BackupManifest;
import org.clinicdesk.storage.backup.RestoreProgress;
import org.clinicdesk.storage.backup.BackupSettings;
import org.clinicdesk.storage.backup.StoreBackups;
import org.clinicdesk.storage.backup.StoreRestore;
import org.clinicdesk.storage.keys.KeyFolder;

/**
 * The administrators' Backups tab: every backup here and in the second folder with its verification, a backup now,
 * the second folder (this computer's setting, as {@code backup now --to DIR --save}), and a restore of the selected
 * backup into a new folder or in place of this store (after a verified safety backup), checked first, with its
 * progress and Cancel. All file work runs off the FX thread with the busy indicator on.
 */
public final class BackupsViewModel {
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>();
    private final StringProperty secondFolder = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty restoring = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final Session session;
    private InPlace inPlace = StoreRestore::discard;
    private final TaskExecutor executor;
    private final Path dataDir;
    private final KeyFolder keys;
    private final Clock clock;
    private final Callable<StoreBackups.Taken> backUpNow;

    /** {@code backUpNow} takes one backup (the window's automatic backups' worker, so two never overlap). */
    public BackupsViewModel(Session session, TaskExecutor executor, Path dataDir, KeyFolder keys, Clock clock,
                            Callable<StoreBackups.Taken> backUpNow) {
        session.actor().require(Permission.ADMINISTER_STORE);
        this.session = session;
        this.executor = executor;
        this.dataDir = dataDir;
        this.keys = keys;
        this.clock = clock;
        this.backUpNow = backUpNow;
    }

    /**
     * What the workstation does with a backup checked for an in-place restore, after the verified safety backup: sign
     * out, close the store, put the restored one in its place and open it again (FX thread; it works in the background).
     */
    @FunctionalInterface
    public interface InPlace {
        void replaceStore(StoreRestore.Checked checked);
    }

    /** Where an in-place restore goes once checked; without one the window offers only restores to a new folder. */
    public void restoresInPlaceWith(InPlace handler) {
        this.inPlace = handler;
    }

    /** One backup as listed: where it is and whether it proved itself. */
    public record BackupRow(Path file, String folder, String takenAt, String kind, long sizeBytes, boolean verified,
                            String verification) {
        static BackupRow of(BackupFolder.Status s, String folder) {
            return new BackupRow(s.file(), folder, s.takenAt().toString(), s.kind().name(), s.sizeBytes(), s.verified(),
                    s.verification());
        }

        public String verifiedText() {
            return Messages.get(verified ? "backups.verified" : "backups.notVerified", verification);
        }
    }

    public void refresh() {
        BackgroundTask.wrap(this::load)
                .showingProgressIn(busy)
                .onSuccess(loaded -> {
                    rows.setAll(loaded);
                    secondFolder.set(BackupSettings.of(dataDir).secondFolder().map(Path::toString).orElse(""));
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    private List<BackupRow> load() {
        List<BackupRow> all = new ArrayList<>();
        BackupFolder.of(dataDir).list().forEach(s -> all.add(BackupRow.of(s, Messages.get("backups.here"))));
        BackupSettings.of(dataDir).secondFolder().ifPresent(dir -> BackupFolder.at(dir).list()
                .forEach(s -> all.add(BackupRow.of(s, dir.toString()))));
        return all;
    }

    public void backUp() {
        BackgroundTask.wrap(backUpNow)
                .showingProgressIn(busy)
                .onSuccess(taken -> {
                    message.set(Messages.get(taken.manifest().verified() ? "backups.taken" : "backups.failed",
                            taken.file().getFileName(), taken.manifest().verification()));
                    refresh();
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** Remembers the second folder for every later backup of this computer (empty: none). */
    public void saveSecondFolder(Optional<Path> folder) {
        BackgroundTask.wrap(() -> {
                    new BackupSettings(folder.map(Path::toAbsolutePath)).save(dataDir);
                    return folder;
                })
                .showingProgressIn(busy)
                .onSuccess(saved -> {
                    message.set(saved.map(f -> Messages.get("backups.secondSaved", f))
                            .orElse(Messages.get("backups.secondCleared")));
                    refresh();
                })
                .onFailure(e -> message.set(ErrorText.of(e)))
                .executeWith(executor);
    }

    /** Restores the selected backup into a new (or empty) folder, after checking it as a restore always does. */
    public void restoreTo(Path newDataDir) {
        BackupRow row = selected.get();
        if (row == null) {
            message.set(Messages.get("backups.chooseOne"));
            return;
        }
        message.set(Messages.get("backups.restoring", row.file().getFileName(), newDataDir));
        RestoreProgress watched = startRestore();
        BackgroundTask.wrap(() -> StoreRestore.toNewFolder(row.file(), newDataDir.toAbsolutePath(), keys, clock,
                        watched))
                .showingProgressIn(busy)
                .onSuccess(checked -> {
                    restoring.set(false);
                    message.set(Messages.get("backups.restored", row.file().getFileName(),
                            newDataDir.toAbsolutePath(), checked.documents()));
                })
                .onFailure(this::restoreFailed)
                .executeWith(executor);
    }

    /**
     * Restores the selected backup in place of this store: the backup is extracted and checked, a safety backup of the
     * store as it is now is taken and must verify, and only then does the workstation swap the stores and reopen
     * (signing everyone out). Cancel stops it before the safety backup, with nothing changed.
     */
    public void restoreInPlace() {
        BackupRow row = selected.get();
        if (row == null) {
            message.set(Messages.get("backups.chooseOne"));
            return;
        }
        message.set(Messages.get("backups.restoringInPlace", row.file().getFileName()));
        RestoreProgress watched = startRestore();
        LocalStore store = session.services().store();
        BackgroundTask.wrap(() -> {
                    StoreRestore.Checked checked = StoreRestore.prepareInPlace(row.file(), dataDir, keys, clock, watched);
                    try {
                        watched.stopIfCancelled();
                        // In the store being replaced, before its safety backup: the backup keeps who restored what.
                        store.context().tx().run(() -> store.context().audit(session.actor(), AuditRecord.of(
                                AuditAction.STORE_RESTORED, "backup", row.file().getFileName().toString(),
                                "in place, from the window, after a safety backup")));
                        StoreBackups.Taken safety = new StoreBackups(store, keys, clock)
                                .take(BackupManifest.Kind.SAFETY, Optional.empty());
                        if (!safety.manifest().verified()) {
                            throw new RuleViolationException(Messages.get("backups.safetyFailed", safety.file(),
                                    safety.manifest().verification()));
                        }
                        return new Prepared(checked, safety.file());
                    } catch (RuntimeException e) {
                        StoreRestore.discard(checked);
                        throw e;
                    }
                })
                .showingProgressIn(busy)
                .onSuccess(prepared -> {
                    restoring.set(false);
                    progress.set(1);
                    message.set(Messages.get("backups.swapping", prepared.safety()));
                    inPlace.replaceStore(prepared.checked());
                })
                .onFailure(this::restoreFailed)
                .executeWith(executor);
    }

    private record Prepared(StoreRestore.Checked checked, Path safety) {
    }

    /** Stops the restore under way at its next step; nothing is left behind or changed. */
    public void cancelRestore() {
        cancel.set(true);
    }

    private RestoreProgress startRestore() {
        cancel.set(false);
        progress.set(0);
        restoring.set(true);
        return new RestoreProgress() {
            @Override
            public void reached(double fraction) {
                Platform.runLater(() -> progress.set(fraction));
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
    }

    private void restoreFailed(Exception e) {
        restoring.set(false);
        message.set(e instanceof CancellationException ? Messages.get("backups.restoreCancelled") : ErrorText.of(e));
    }

    public ObservableList<BackupRow> rows() {
        return rows;
    }

    public ObjectProperty<BackupRow> selectedProperty() {
        return selected;
    }

    public StringProperty secondFolderProperty() {
        return secondFolder;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True while a restore runs (Cancel is offered). */
    public BooleanProperty restoringProperty() {
        return restoring;
    }

    /** How far the restore under way is, 0 to 1. */
    public DoubleProperty progressProperty() {
        return progress;
    }
}
