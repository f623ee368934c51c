package org.clinicdesk.app.gui.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clinicdesk.app.gui.common.FxTaskExecutor;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.queue.BoardItem;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.app.gui.shell.Workstation;
import org.clinicdesk.core.audit.AuditEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real workstation window on a real stage (Monocle, headless) over a store in a temporary folder with one user
 * per role; helpers to sign in and out and to wait on conditions instead of sleeping.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {
    protected static final String PASSWORD = DemoSetup.PASSWORD;
    @TempDir
    protected Path dataDir;
    protected Workstation workstation;
    protected FxTaskExecutor executor;
    private final AtomicReference<Workstore> opened = new AtomicReference<>();

    /** How long the window waits before locking; tests of the idle lock shorten it. */
    protected Duration idleTime() {
        return Duration.ofMinutes(5);
    }

    // Not @Start: TestFX looks for that only on the concrete test class.
    @BeforeEach
    public void openWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            executor = new FxTaskExecutor();
            workstation = new Workstation(stage, dataDir, dir -> {
                Workstore store = openStore(dir);
                opened.set(store);
                return store;
            }, store -> { }, executor, Clock.systemDefaultZone(), idleTime());
            workstation.start();
        });
    }

    @AfterEach
    public void closeWindow() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(() -> workstation.shutdown());
        executor.shutdown();
        Workstore store = opened.get();
        if (store != null) {
            store.close();
        }
    }

    /** The store as the window finds it; by default set up with one user per role. */
    protected Workstore openStore(Path dir) {
        return TestStores.openWithUsers(dir);
    }

    protected Workstore store() {
        waitUntil(() -> opened.get() != null);
        return opened.get();
    }

    protected void signIn(FxRobot robot, String user) {
        store();
        waitUntil(() -> robot.lookup("#username").tryQuery().isPresent());
        // The tests of signing in type it key by key (LockTest, PasswordChangeTest); here it is the way in, so
        // the keys go in one go (select all and type over replaces 40 backspaces: 4 s a sign-in).
        Fields.fill(robot, "#username", user);
        Fields.typeInto(robot, "#password", PASSWORD);
        waitUntil(() -> !robot.lookup("#signIn").queryButton().isDisabled());
        robot.clickOn("#signIn");
        waitUntil(() -> robot.lookup("#mainTabs").tryQuery().isPresent());
    }

    protected void signOut(FxRobot robot) {
        robot.interact(() -> workstation.signOut());
        waitUntil(() -> robot.lookup("#username").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    protected List<BoardItem> board(FxRobot robot) {
        TableView<BoardItem> table = robot.lookup("#queueBoard").queryAs(TableView.class);
        return List.copyOf(table.getItems());
    }

    /**
     * The node is on screen: found, visible and attached to its scene. Lookups run on the test thread, so one may find
     * a node the FX thread is still adding to the window; a click on it then fails for want of a scene.
     */
    protected boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    protected Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryButton();
    }

    protected long patientCount() {
        var local = store().services().store();
        return local.context().tx().inTransaction(() -> local.patients().count());
    }

    protected List<String> auditActions(String site) {
        return store().auditLog().chainOf(site).stream().map(AuditEvent::action).toList();
    }

    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            assertThat(condition.getAsBoolean()).as("condition within 60 s").isTrue();
        }
    }
}
