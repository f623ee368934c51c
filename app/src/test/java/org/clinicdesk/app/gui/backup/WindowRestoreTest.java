package org.clinicdesk.app.gui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.users.User;
import org.clinicdesk.storage.backup.BackupFolder;
import org.clinicdesk.storage.backup.BackupManifest;
import org.clinicdesk.storage.backup.StoreBackups;
import org.clinicdesk.storage.keys.KeyFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * File > Backups restores off the FX thread with its progress in percent and a Cancel: in place of the open store
 * (after a verified safety backup; the window closes the store, swaps it and opens the restored one at sign-in), and
 * into a new folder, where Cancel leaves nothing behind.
 */
class WindowRestoreTest extends WindowTest {
    @TempDir
    Path elsewhere;

    private Path backupThenAddUser(FxRobot robot) {
        signIn(robot, "admin");
        Path backup = new StoreBackups(store().services().store(), KeyFolder.defaultHere(), Clock.systemUTC())
                .take(BackupManifest.Kind.SCHEDULED, Optional.empty()).file();
        Actor admin = workstation.session().orElseThrow().actor();
        store().services().users().add(admin, "late", "Added after the backup", Role.NURSE, PASSWORD.toCharArray());
        robot.interact(() -> workstation.openBackups());
        waitUntil(() -> !table(robot).getItems().isEmpty());
        robot.interact(() -> table(robot).getSelectionModel().select(table(robot).getItems().stream()
                .filter(r -> r.file().equals(backup)).findFirst().orElseThrow()));
        return backup;
    }

    @SuppressWarnings("unchecked")
    private static TableView<BackupsViewModel.BackupRow> table(FxRobot robot) {
        return robot.lookup("#backupsTable").queryAs(TableView.class);
    }

    private List<String> usernames() {
        return store().services().store().context().tx().inTransaction(() -> store().services().store().users().all())
                .stream().map(User::username).toList();
    }

    @Test
    void restoreInPlaceShowsItsProgressKeepsASafetyBackupAndReopensTheRestoredStoreAtSignIn(FxRobot robot) {
        backupThenAddUser(robot);
        assertThat(usernames()).contains("late");
        List<Double> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> robot.lookup("#backups-restoreProgress").queryAs(ProgressBar.class).progressProperty()
                .addListener((o, was, now) -> seen.add(now.doubleValue())));

        robot.clickOn("#backups-restoreInPlace");

        // the sign-in form comes back only once the restored store is open
        waitUntil(() -> workstation.session().isEmpty() && shown(robot, "#username"));
        assertThat(seen).as("progress in percent, up to done").anyMatch(f -> f > 0 && f < 1).contains(1.0);
        assertThat(BackupFolder.of(dataDir).list()).anyMatch(s -> s.kind() == BackupManifest.Kind.SAFETY && s.verified());
        signIn(robot, "admin");
        assertThat(usernames()).as("the store as the backup had it").doesNotContain("late").contains("admin");
    }

    @Test
    void cancelStopsARestoreIntoANewFolderAndLeavesNothing(FxRobot robot) {
        backupThenAddUser(robot);
        Path target = elsewhere.resolve("restored");
        robot.interact(() -> workstation.chooseFoldersWith((owner, title) -> Optional.of(target)));

        // Cancel as soon as the restore reports its first progress: well before it has opened and checked the copy.
        robot.interact(() -> robot.lookup("#backups-restoreProgress").queryAs(ProgressBar.class).progressProperty()
                .addListener((o, was, now) -> {
                    if (now.doubleValue() > 0) {
                        button(robot, "#backups-cancelRestore").fire();
                    }
                }));
        robot.clickOn("#backups-restore");

        waitUntil(() -> !robot.lookup("#backups-message").queryLabeled().getText().startsWith("Restoring"));
        assertThat(robot.lookup("#backups-message").queryLabeled().getText()).contains("cancelled");
        assertThat(Files.exists(target)).as("nothing left behind").isFalse();
        assertThat(usernames()).as("the open store is untouched").contains("late");
    }
}
