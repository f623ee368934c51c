package org.clinicdesk.app.gui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.control.Label;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The idle lock and the failed-sign-in lock, both through the window and both in the audit trail. */
class LockTest extends WindowTest {

    @Override
    protected Duration idleTime() {
        return Duration.ofSeconds(2);
    }

    @Test
    void idleScreenLocksAndOnlyThePasswordBringsTheWorkBack(FxRobot robot) {
        signIn(robot, "nurse");
        waitUntil(() -> robot.lookup("#unlockPassword").tryQuery().isPresent());
        assertThat(robot.lookup("#mainTabs").tryQuery()).as("the work is hidden while locked").isEmpty();
        waitUntil(() -> auditActions("A").contains("SCREEN_LOCKED"));

        robot.clickOn("#unlockPassword").write("not-the-password");
        robot.clickOn("#unlock");
        waitUntil(() -> !robot.lookup("#unlockError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#mainTabs").tryQuery()).isEmpty();

        robot.clickOn("#unlockPassword").write(PASSWORD);
        robot.clickOn("#unlock");
        waitUntil(() -> robot.lookup("#mainTabs").tryQuery().isPresent());
        assertThat(auditActions("A")).containsSubsequence("SIGN_IN", "SCREEN_LOCKED", "SIGN_IN_FAILED",
                "SIGN_IN", "SCREEN_UNLOCKED");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne(FxRobot robot) {
        store();
        waitUntil(() -> robot.lookup("#username").tryQuery().isPresent());
        robot.clickOn("#username").write("doctor");
        for (int attempt = 1; attempt <= 5; attempt++) {
            robot.clickOn("#password").write("wrong-password-" + attempt);
            robot.clickOn("#signIn");
            int expected = attempt;
            waitUntil(() -> auditActions("A").stream()
                    .filter(a -> a.equals("SIGN_IN_FAILED") || a.equals("ACCOUNT_LOCKED")).count() == expected);
        }
        robot.clickOn("#password").write(PASSWORD);
        robot.clickOn("#signIn");
        waitUntil(() -> robot.lookup("#signInError").queryAs(Label.class).getText().contains("locked"));
        assertThat(robot.lookup("#mainTabs").tryQuery()).isEmpty();
        assertThat(auditActions("A")).containsSubsequence("SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "ACCOUNT_LOCKED", "SIGN_IN_FAILED").doesNotContain("SIGN_IN");
    }
}
