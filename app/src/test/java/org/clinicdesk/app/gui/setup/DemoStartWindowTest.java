package org.clinicdesk.app.gui.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.app.gui.testsupport.WindowTest.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.clinicdesk.app.gui.common.FxTaskExecutor;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.shell.Workstation;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code gui --demo} on its new empty folder, as WorkstationApp starts it: the sign-in form is there before the store
 * has opened (people type meanwhile and keep what they typed), the staff can sign in as soon as it has, and the day's
 * forty patients follow in the background.
 */
@ExtendWith(ApplicationExtension.class)
class DemoStartWindowTest {
    @TempDir
    Path dataDir;
    private final CountDownLatch storeMayOpen = new CountDownLatch(1);
    private final AtomicReference<Workstore> opened = new AtomicReference<>();
    private Workstation workstation;
    private FxTaskExecutor executor;

    @BeforeEach
    void openWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            executor = new FxTaskExecutor();
            workstation = new Workstation(stage, dataDir, dir -> {
                awaitRelease(); // the test sees the window while the store is still opening
                Workstore store = TestStores.open(dir);
                opened.set(store);
                return store;
            }, DemoSetup::prepareWithDayInBackground, executor, Clock.systemDefaultZone(), Duration.ofMinutes(5));
            workstation.signInWhileOpening();
            workstation.start();
        });
    }

    private void awaitRelease() {
        try {
            storeMayOpen.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void closeWindow() throws Exception {
        storeMayOpen.countDown();
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(() -> workstation.shutdown());
        executor.shutdown();
        if (opened.get() != null) {
            opened.get().close();
        }
    }

    @Test
    void signInComesFirstAndTheDayFollowsInTheBackground(FxRobot robot) {
        assertThat(robot.lookup("#username").tryQuery()).as("sign-in form while the store opens").isPresent();
        assertThat(robot.lookup("#splashText").tryQuery()).isEmpty();
        robot.clickOn("#username").write("doctor");
        robot.clickOn("#password").write(DemoSetup.PASSWORD);
        assertThat(robot.lookup("#signIn").queryButton().isDisabled()).as("signing in waits for the store").isTrue();

        storeMayOpen.countDown();
        waitUntil(() -> !robot.lookup("#signIn").queryButton().isDisabled()); // what was typed is still there
        robot.clickOn("#signIn");
        waitUntil(() -> robot.lookup("#mainTabs").tryQuery().isPresent());
        waitUntil(() -> {
            var local = opened.get().services().store();
            return local.context().tx().inTransaction(() -> local.patients().count()) == 40;
        });
    }
}
