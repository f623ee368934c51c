package org.clinicdesk.app.gui.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.backup.BackupManifest;
import org.clinicdesk.storage.backup.StoreBackups;
import org.clinicdesk.storage.keys.KeyFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Backups tab's logic on a real store: a backup taken now is listed verified, the second folder is saved for
 * this computer and gets the next copy, and the selected backup restores into a new folder that opens.
 */
class BackupsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void backUpSetTheSecondFolderAndRestoreIntoANewFolder() {
        Path dataDir = dir.resolve("data");
        Path usb = dir.resolve("usb");
        Path restored = dir.resolve("restored");
        KeyFolder keys = KeyFolder.defaultHere();
        Clock clock = Clock.systemUTC();
        try (Workstore store = TestStores.openWithUsers(dataDir)) {
            assertThatThrownBy(() -> new BackupsViewModel(Sessions.signIn(store, "doctor"), new SameThreadTaskExecutor(),
                    dataDir, keys, clock, () -> null)).isInstanceOf(PermissionDeniedException.class);
            BackupsViewModel model = new BackupsViewModel(Sessions.signIn(store, "admin"), new SameThreadTaskExecutor(),
                    dataDir, keys, clock, () -> new StoreBackups(store.services().store(), keys, clock)
                            .take(BackupManifest.Kind.SCHEDULED));

            model.saveSecondFolder(Optional.of(usb));
            assertThat(model.secondFolderProperty().get()).isEqualTo(usb.toAbsolutePath().toString());
            model.backUp();

            assertThat(model.messageProperty().get()).startsWith("Backup clinicdesk-backup-").contains("verified");
            assertThat(model.rows()).hasSize(2).allMatch(BackupsViewModel.BackupRow::verified)
                    .extracting(BackupsViewModel.BackupRow::folder).contains("data folder", usb.toAbsolutePath().toString());

            model.restoreTo(restored);
            assertThat(model.messageProperty().get()).isEqualTo("Select a backup first.");
            model.selectedProperty().set(model.rows().get(0));
            model.restoreTo(restored);
            assertThat(model.messageProperty().get()).startsWith("Restored ").contains(restored.toString());
        }
        try (LocalStore copy = LocalStore.open(restored, Clock.systemUTC())) {
            assertThat(copy.siteSettings()).isPresent();
        }
        assertThat(Files.exists(restored.resolve("clinicdesk.mv.db"))).isTrue();
    }
}
