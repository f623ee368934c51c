package org.clinicdesk.app.gui.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.clinicdesk.app.gui.common.FxTaskExecutor;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.queue.BoardItem;
import org.clinicdesk.app.gui.shell.Workstation;
import org.clinicdesk.app.gui.sync.BackgroundSync;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * One desktop of a multi-desk test: its own stage, window and store. Works on its own scene only (setting fields
 * and firing buttons, never clicking by screen position), because two headless windows overlap.
 */
public final class Desk implements AutoCloseable {
    private final Workstore store;
    private final Workstation workstation;
    private final FxTaskExecutor executor;
    private final FxRobot robot = new FxRobot();

    private Desk(Workstore store, Workstation workstation, FxTaskExecutor executor) {
        this.store = store;
        this.workstation = workstation;
        this.executor = executor;
    }

    /** Opens a window over an already open store, syncing every {@code syncEvery} besides notifications. */
    public static Desk open(Workstore store, String title, double x, Duration syncEvery) throws Exception {
        AtomicReference<Desk> desk = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            stage.setX(x);
            stage.setY(0);
            FxTaskExecutor executor = new FxTaskExecutor();
            Workstation workstation = new Workstation(stage, store.dataDir(), dir -> store, s -> { }, executor,
                    Clock.systemDefaultZone(), Duration.ofHours(1));
            workstation.syncEvery(syncEvery);
            workstation.start();
            stage.setTitle(title);
            desk.set(new Desk(store, workstation, executor));
        });
        return desk.get();
    }

    public void signIn(String user) {
        WindowTest.waitUntil(() -> workstation.site().isPresent() && find("#username") != null);
        robot.interact(() -> {
            ((TextInputControl) find("#username")).setText(user);
            ((TextInputControl) find("#password")).setText(org.clinicdesk.app.gui.setup.DemoSetup.PASSWORD);
        });
        WindowTest.waitUntil(() -> !((Button) find("#signIn")).isDisabled());
        robot.interact(() -> ((Button) find("#signIn")).fire());
        WindowTest.waitUntil(() -> find("#mainTabs") != null);
        robot.interact(() -> ((TabPane) find("#mainTabs")).getSelectionModel().select(1));
    }

    public String syncText() {
        return onFx(() -> {
            Label label = (Label) workstation.scene().lookup("#statusSync");
            return label == null ? "" : label.getText();
        });
    }

    @SuppressWarnings("unchecked")
    public List<BoardItem> board() {
        return onFx(() -> {
            TableView<BoardItem> table = (TableView<BoardItem>) workstation.scene().lookup("#queueBoard");
            return table == null ? List.<BoardItem>of() : List.copyOf(table.getItems());
        });
    }

    public BackgroundSync sync() {
        return workstation.sync().orElseThrow();
    }

    public Workstation workstation() {
        return workstation;
    }

    public Workstore store() {
        return store;
    }

    /**
     * Looks the scene up on the FX thread: the window changes its nodes there (the board's refresh, the status bar),
     * and a lookup from the test's thread at the same moment can walk a child list while it changes.
     */
    private Node find(String query) {
        return onFx(() -> workstation.scene().lookup(query));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within 30 s", e);
        }
    }

    /** Signs out, stops sync and closes the store (the window's own shutdown), then the executor. */
    @Override
    public void close() throws Exception {
        FxToolkit.setupFixture(workstation::shutdown);
        executor.shutdown();
        store.close();
    }
}
