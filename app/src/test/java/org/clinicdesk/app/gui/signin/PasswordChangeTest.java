package org.clinicdesk.app.gui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A user whose password an administrator reset chooses a new one on the way in, then works as usual. */
class PasswordChangeTest extends WindowTest {
    private static final String TEMPORARY = "temporary-1";

    @BeforeEach
    void resetNursesPassword() {
        var admin = Sessions.signIn(store(), "admin").actor();
        store().services().users().resetPassword(admin, "nurse", TEMPORARY.toCharArray());
    }

    private void signInWithTemporaryPassword(FxRobot robot) {
        waitUntil(() -> robot.lookup("#username").tryQuery().isPresent());
        robot.clickOn("#username").eraseText(40).write("nurse");
        robot.clickOn("#password").write(TEMPORARY);
        waitUntil(() -> !robot.lookup("#signIn").queryButton().isDisabled());
        robot.clickOn("#signIn");
        waitUntil(() -> robot.lookup("#newPassword").tryQuery().isPresent());
    }

    @Test
    void aResetPasswordLeadsToTheChangeFormAndThenIntoTheWorkstation(FxRobot robot) {
        signInWithTemporaryPassword(robot);
        assertThat(robot.lookup("#mainTabs").tryQuery()).as("nothing opens before the change").isEmpty();

        robot.clickOn("#newPassword").write("chosen-by-nurse");
        robot.clickOn("#newPasswordAgain").write("chosen-by-nurse");
        robot.clickOn("#changePassword");
        waitUntil(() -> robot.lookup("#mainTabs").tryQuery().isPresent());

        assertThat(workstation.session()).hasValueSatisfying(s -> assertThat(s.actor().username()).isEqualTo("nurse"));
        assertThat(store().services().users().signIn("nurse", "chosen-by-nurse".toCharArray(),
                store().siteSettings().orElseThrow().site()).username()).isEqualTo("nurse");
        assertThat(auditActions("A")).containsSubsequence("PASSWORD_RESET", "SIGN_IN_FAILED", "PASSWORD_CHANGED", "SIGN_IN");
    }

    @Test
    void twoDifferentNewPasswordsAreRefusedOnTheFormAndNothingChanges(FxRobot robot) {
        signInWithTemporaryPassword(robot);

        robot.clickOn("#newPassword").write("chosen-by-nurse");
        robot.clickOn("#newPasswordAgain").write("chosen-by-nurze");
        robot.clickOn("#changePassword");

        waitUntil(() -> robot.lookup("#passwordChangeError").queryAs(Label.class).getText().contains("differ"));
        assertThat(robot.lookup("#mainTabs").tryQuery()).isEmpty();
        assertThat(auditActions("A")).doesNotContain("PASSWORD_CHANGED");
    }
}
