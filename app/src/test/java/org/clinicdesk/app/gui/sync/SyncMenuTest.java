package org.clinicdesk.app.gui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.app.sync.CentralSettings;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The sync actions in the real window: who sees them, and the settings dialog restarting sync when saved. */
class SyncMenuTest extends WindowTest {

    @Test
    void anAdministratorPointsTheDeskAtAServerAndTheStatusBarFollowsAtOnce(FxRobot robot) {
        signIn(robot, "admin");
        assertThat(syncText(robot)).isEqualTo("Sync: not configured");
        assertThat(menuItems(robot)).contains("menu-centralSettings", "menu-conflicts", "menu-syncNow");

        robot.interact(() -> workstation.openCentralSettings());
        waitUntil(() -> dialog().isPresent());
        Scene dialog = dialog().orElseThrow();
        robot.interact(() -> {
            ((TextInputControl) dialog.lookup("#centralUrl")).setText("jdbc:postgresql://127.0.0.1:1/clinicdesk");
            ((TextInputControl) dialog.lookup("#centralUser")).setText("cd_a_test");
            ((TextInputControl) dialog.lookup("#centralPassword")).setText("secret");
            ((Button) dialog.lookup("#centralSave")).fire();
        });
        waitUntil(() -> ((Label) dialog.lookup("#centralMessage")).getText().startsWith("Saved"));
        assertThat(CentralSettings.stored(store().services().store())).hasValueSatisfying(s -> assertThat(s.user()).isEqualTo("cd_a_test"));
        // nobody answers on port 1: the desk says offline and counts its own sign-in events as waiting
        waitUntil(() -> syncText(robot).startsWith("Sync: Offline") && !syncText(robot).contains("no changes"));
        robot.interact(() -> dialog.getWindow().hide());
    }

    @Test
    void aNurseSeesNeitherTheServerSettingsNorTheConflicts(FxRobot robot) {
        signIn(robot, "nurse");
        assertThat(menuItems(robot)).contains("menu-syncNow")
                .doesNotContain("menu-centralSettings", "menu-conflicts");
    }

    @Test
    void aDoctorMayReviewConflictsButNotChangeTheServer(FxRobot robot) {
        signIn(robot, "doctor");
        assertThat(menuItems(robot)).contains("menu-conflicts").doesNotContain("menu-centralSettings");
    }

    private String syncText(FxRobot robot) {
        return robot.lookup("#statusSync").queryAs(Label.class).getText();
    }

    private List<String> menuItems(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).map(MenuItem::getId)
                .filter(java.util.Objects::nonNull).toList();
    }

    private static Optional<Scene> dialog() {
        return Window.getWindows().stream().map(Window::getScene)
                .filter(s -> s != null && s.getRoot().lookup("#centralUrl") != null).findFirst();
    }
}
