package org.clinicdesk.app.gui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The first start on an empty store walks through creating the clinic, then signs the new admin in. */
class FirstStartTest extends WindowTest {

    @Override
    protected Workstore openStore(Path dir) {
        return TestStores.open(dir);
    }

    @Test
    void emptyStoreCreatesTheClinicAndItsFirstAdministrator(FxRobot robot) {
        waitUntil(() -> shown(robot, "#startNewClinic"));
        robot.clickOn("#startNewClinic");
        waitUntil(() -> shown(robot, "#siteCode"));
        robot.clickOn("#siteCode").write("hc");
        robot.clickOn("#clinicName").write("Hill Clinic");
        robot.clickOn("#adminName").write("boss");
        robot.clickOn("#setupPassword").write("long-enough-1");
        robot.clickOn("#setupPasswordAgain").write("long-enough-2");
        robot.clickOn("#createClinic");
        waitUntil(() -> !robot.lookup("#setupError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#setupError").queryAs(Label.class).getText()).isEqualTo("The two passwords differ.");
        assertThat(store().siteSettings()).as("nothing stored").isEmpty();

        robot.doubleClickOn("#setupPasswordAgain").eraseText(20).write("long-enough-1");
        robot.clickOn("#createClinic");
        waitUntil(() -> robot.lookup("#username").tryQuery().isPresent());
        assertThat(store().siteSettings()).hasValueSatisfying(s -> {
            assertThat(s.site().value()).isEqualTo("HC");
            assertThat(s.clinicName()).isEqualTo("Hill Clinic");
        });

        robot.clickOn("#username").write("boss");
        robot.clickOn("#password").write("long-enough-1");
        robot.clickOn("#signIn");
        waitUntil(() -> robot.lookup("#statusUser").tryQuery().isPresent());
        assertThat(robot.lookup("#statusUser").queryAs(Label.class).getText()).isEqualTo("boss (Admin)");
        assertThat(robot.lookup("#statusSite").queryAs(Label.class).getText()).isEqualTo("Site HC, Hill Clinic");
        assertThat(auditActions("HC")).contains("USER_ADDED", "SIGN_IN");
    }
}
