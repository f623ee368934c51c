package org.clinicdesk.app.gui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javafx.scene.control.Label;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.app.gui.testsupport.Reception;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The sign-in form on a store restored from a backup that has not caught up with its clinic's central server: it
 * says why and offers Sync now; the right password does not open the workstation and nothing is audited; an
 * administrator's emergency sign-in with a reason does, audited as an emergency access; a nurse's is refused.
 * (The catch-up itself, against a real central server, is {@code RestoredDeskSignInTest} in storage.)
 */
class RestoredSignInTest extends WindowTest {

    @Override
    protected Workstore openStore(Path dir) {
        Workstore store = TestStores.openWithUsers(dir);
        // As a restore leaves a desk that had synced: the mark, and the central server it belongs to.
        try (Connection c = store.services().store().dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE sync_state SET restored_at = CURRENT_TIMESTAMP, central_id = RANDOM_UUID()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return store;
    }

    private void type(FxRobot robot, String user) {
        waitUntil(() -> shown(robot, "#signIn-catchUp"));
        robot.clickOn("#username").eraseText(40).write(user);
        robot.clickOn("#password").write(PASSWORD);
    }

    @Test
    void signInWaitsForTheCatchUpAndOnlyAnAdministratorMayGoAheadWithAReason(FxRobot robot) {
        store();
        type(robot, "nurse");
        int events = auditActions("A").size();
        assertThat(button(robot, "#signIn").isDisabled()).as("no sign-in before the catch-up").isTrue();
        assertThat(shown(robot, "#signIn-syncNow")).isTrue();
        robot.clickOn("#signIn-reason").write("server down");
        robot.clickOn("#signIn-emergency");
        waitUntil(() -> robot.lookup("#signInError").queryAs(Label.class).getText().contains("Only an administrator"));
        assertThat(robot.lookup("#mainTabs").tryQuery()).isEmpty();

        type(robot, "admin");
        robot.clickOn("#signIn-emergency");
        waitUntil(() -> robot.lookup("#mainTabs").tryQuery().isPresent());
        assertThat(auditActions("A").subList(events, auditActions("A").size()))
                .containsExactly("SIGN_IN_FAILED", "EMERGENCY_ACCESS");
        assertThat(store().auditLog().chainOf("A").get(auditActions("A").size() - 1).detail())
                .contains("server down");

        // Until the catch-up this desk issues no UHID: its older self may have issued the next one already.
        Reception desk = new Reception(robot);
        desk.openRegistration();
        desk.fill("Anita Desai", "1984-05-06", "F", "9845012345");
        desk.save();
        waitUntil(() -> robot.lookup("#formMessage").queryAs(Label.class).getText().contains("caught up"));
        assertThat(patientCount()).isZero();
    }
}
