package org.clinicdesk.storage.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** This computer's backup settings: the second backup folder, kept in the data folder and never synced. */
class BackupSettingsTest {
    @TempDir
    Path dataDir;

    @Test
    void aDataFolderWithoutSettingsHasNoSecondFolder() {
        assertThat(BackupSettings.of(dataDir).secondFolder()).isEmpty();
    }

    @Test
    void theSecondFolderIsReadBackFromAnOwnerOnlyFile() throws Exception {
        Path usb = dataDir.resolve("usb disk/clinic backups");
        new BackupSettings(Optional.of(usb)).save(dataDir);
        assertThat(BackupSettings.of(dataDir).secondFolder()).contains(usb.toAbsolutePath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(BackupSettings.FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void savingNoSecondFolderForgetsTheOneBefore() {
        new BackupSettings(Optional.of(dataDir.resolve("usb"))).save(dataDir);
        new BackupSettings(Optional.empty()).save(dataDir);
        assertThat(BackupSettings.of(dataDir).secondFolder()).isEmpty();
    }
}
