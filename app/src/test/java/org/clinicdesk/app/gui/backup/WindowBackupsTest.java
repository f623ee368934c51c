package org.clinicdesk.app.gui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.storage.backup.BackupFolder;
import org.clinicdesk.storage.keys.KeyFolder;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The window backs the store up when it opens and again at close, saying so while the closing backup runs. */
class WindowBackupsTest extends WindowTest {

    @Test
    void aBackupAtStartAndAnotherShownAtClose(FxRobot robot) {
        store();
        robot.interact(() -> workstation.backUpAutomatically(KeyFolder.defaultHere()));
        BackupFolder folder = BackupFolder.of(dataDir);
        waitUntil(() -> folder.newestVerified().isPresent());
        Path atStart = folder.newestVerified().orElseThrow().file();

        robot.interact(() -> workstation.requestClose());
        assertThat(robot.lookup("#splashText").queryLabeled().getText()).contains("Backing up");
        waitUntil(() -> !workstation.scene().getWindow().isShowing());
        Optional<BackupFolder.Status> atClose = folder.newestVerified();
        assertThat(atClose).isPresent();
        assertThat(atClose.get().file()).isNotEqualTo(atStart);
        // one a day is kept: the closing backup replaced the morning's
        assertThat(atStart).doesNotExist();
    }
}
