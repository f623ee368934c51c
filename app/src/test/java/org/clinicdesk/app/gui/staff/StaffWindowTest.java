package org.clinicdesk.app.gui.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import org.clinicdesk.app.gui.testsupport.Fields;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The administrator's Staff tab in the real window: disabling and enabling a user, and who sees the tab at all. */
class StaffWindowTest extends WindowTest {

    @Test
    void anAdministratorDisablesAUserWhoThenCannotSignInAndEnablesThemAgain(FxRobot robot) {
        signIn(robot, "admin");
        assertThat(menuItems(robot)).contains("menu-staff");
        robot.interact(() -> workstation.openStaff());
        waitUntil(() -> row(robot, "nurse") != null);

        robot.interact(() -> table(robot).getSelectionModel().select(row(robot, "nurse")));
        Fields.typeInto(robot, "#staff-reason", "on leave");
        robot.clickOn("#staff-disable");
        waitUntil(() -> !row(robot, "nurse").active());

        assertThat(robot.lookup("#staff-message").queryAs(Label.class).getText()).contains("nurse is disabled");
        assertThatThrownBy(() -> Sessions.signIn(store(), "nurse")).hasMessage("This account is disabled; ask an administrator.");
        assertThat(robot.lookup("#staff-enable").queryButton().isDisabled()).as("the selection stays on nurse").isFalse();

        robot.clickOn("#staff-enable");
        waitUntil(() -> row(robot, "nurse").active());
        assertThat(Sessions.signIn(store(), "nurse").actor().username()).isEqualTo("nurse");
        assertThat(auditActions("A")).containsSubsequence("USER_DISABLED", "USER_ENABLED");
    }

    @Test
    void aNurseHasNoStaffMenu(FxRobot robot) {
        signIn(robot, "nurse");

        assertThat(menuItems(robot)).doesNotContain("menu-staff");
        robot.interact(() -> workstation.openStaff());
        assertThat(robot.lookup("#staffTable").tryQuery()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static TableView<StaffRow> table(FxRobot robot) {
        return robot.lookup("#staffTable").queryAs(TableView.class);
    }

    private static StaffRow row(FxRobot robot, String username) {
        return robot.lookup("#staffTable").tryQuery().isEmpty() ? null : table(robot).getItems().stream()
                .filter(r -> r.username().equals(username)).findFirst().orElse(null);
    }

    private static List<String> menuItems(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).map(MenuItem::getId)
                .filter(Objects::nonNull).toList();
    }
}
