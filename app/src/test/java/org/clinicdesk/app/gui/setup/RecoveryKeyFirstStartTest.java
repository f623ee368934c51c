package org.clinicdesk.app.gui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.TextField;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A new computer's first start: the store's recovery key is shown once, after the clinic is made (not before the
 * choice between a new clinic and joining one), and sign-in comes only after the person ticked that it is written down.
 */
class RecoveryKeyFirstStartTest extends WindowTest {

    @Override
    protected Workstore openStore(Path dir) {
        return LocalWorkstore.opener(Clock.systemUTC()).open(dir); // as the window opens it: the key not yet shown
    }

    @Test
    void theRecoveryKeyIsShownOnceAfterTheClinicIsMadeAndBeforeSignIn(FxRobot robot) {
        waitUntil(() -> shown(robot, "#startNewClinic"));
        assertThat(robot.lookup("#startNewClinic").queryButton().getScene().lookup("#recoveryKey"))
                .as("not before the choice").isNull();
        robot.clickOn("#startNewClinic");
        waitUntil(() -> shown(robot, "#siteCode"));
        robot.clickOn("#siteCode").write("hc");
        robot.clickOn("#clinicName").write("Hill Clinic");
        robot.clickOn("#adminName").write("boss");
        robot.clickOn("#setupPassword").write("long-enough-1");
        robot.clickOn("#setupPasswordAgain").write("long-enough-1");
        robot.clickOn("#createClinic");
        waitUntil(() -> shown(robot, "#recoveryKey")); // attached: the FX thread may still be adding it
        String shown = robot.lookup("#recoveryKey").queryAs(TextField.class).getText();
        assertThat(shown).matches("[A-Z0-9]{4}(-[A-Z0-9]{4})+");
        assertThat(robot.lookup("#recoveryKeyContinue").queryButton().isDisabled()).isTrue();

        // the nodes of the recovery key's own scene: while the store opens behind it the window may swap other
        // content, and a look-up over every window can meet a node that has just left its scene
        javafx.scene.Scene keyScene = robot.lookup("#recoveryKey").query().getScene();
        robot.clickOn(keyScene.lookup("#recoveryKeyWrittenDown"));
        waitUntil(() -> !keyScene.lookup("#recoveryKeyContinue").isDisabled());
        robot.clickOn(keyScene.lookup("#recoveryKeyContinue"));
        waitUntil(() -> robot.lookup("#username").tryQuery().isPresent());
        assertThat(store().recoveryKeyToShow()).as("shown only this once").isEmpty();
    }
}
