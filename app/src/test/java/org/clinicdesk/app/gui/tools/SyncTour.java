package org.clinicdesk.app.gui.tools;

import static org.clinicdesk.app.gui.tools.FxDriver.fx;
import static org.clinicdesk.app.gui.tools.FxDriver.fxGet;
import static org.clinicdesk.app.gui.tools.FxDriver.type;
import static org.clinicdesk.app.gui.tools.FxDriver.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clinicdesk.app.gui.common.FxTaskExecutor;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.app.gui.shell.Workstation;
import org.clinicdesk.app.sync.CentralSettings;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.storage.sync.CentralServer;

/**
 * Screenshots of sync in the window, run under Xvfb by {@code scripts/screenshots}: a desk offline (its server
 * unreachable), the central server dialog after a successful test, the same desk online, and two desks side by side
 * after converging, on a throwaway central database ({@link TourDatabase}). Usage: {@code SyncTour SHOTS_DIR}.
 */
public final class SyncTour {
    private static final String SITE_PASSWORD = "tour-site-secret";
    private final Path shots;
    private final TourDatabase central;

    private SyncTour(Path shots, TourDatabase central) {
        this.shots = shots;
        this.central = central;
    }

    public static void main(String[] args) throws Exception {
        TourDatabase.main("SyncTour", args, (shots, central) -> new SyncTour(shots, central).run());
    }

    private void run() throws Exception {
        String url = central.url();
        Workstore reception = LocalWorkstore.opener(Clock.systemUTC()).open(Files.createTempDirectory("clinicdesk-sync-a-"));
        DemoSetup.prepare(reception, DemoSetup::clinicDay);
        SiteSettings siteA = reception.siteSettings().orElseThrow();
        String roleA = central.addSite(siteA.clinicId(), siteA.site(), SITE_PASSWORD).user();
        String roleB = central.addSite(siteA.clinicId(), SiteCode.of("B"), SITE_PASSWORD).user();
        // the reception desk starts pointed at a server that is not there: offline, with the whole day waiting
        CentralSettings.save(reception.services().store(), new CentralServer("jdbc:postgresql://127.0.0.1:1/clinicdesk", roleA,
                SITE_PASSWORD));
        Desk a = open(reception, 0, 1280);
        a.signIn("admin");
        waitFor(() -> a.syncText().startsWith("Sync: Offline") && !a.syncText().contains("no changes"));
        shot("21-sync-offline");

        fx(a.workstation::openCentralSettings);
        waitFor(() -> dialog().isPresent());
        Scene dialog = dialog().orElseThrow();
        type(dialog, "#centralUrl", url);
        type(dialog, "#centralUser", roleA);
        type(dialog, "#centralPassword", SITE_PASSWORD);
        fx(() -> ((Button) dialog.lookup("#centralTest")).fire());
        waitFor(() -> ((Label) dialog.lookup("#centralMessage")).getText().startsWith("Connected"));
        shot("22-central-settings");
        fx(() -> ((Button) dialog.lookup("#centralSave")).fire());
        waitFor(() -> ((Label) dialog.lookup("#centralMessage")).getText().startsWith("Saved"));
        fx(() -> dialog.getWindow().hide());
        waitFor(() -> a.syncText().startsWith("Sync: Online") && a.syncText().contains("no changes waiting"));
        shot("23-sync-online");

        Workstore doctor = LocalWorkstore.opener(Clock.systemUTC()).open(Files.createTempDirectory("clinicdesk-sync-b-"));
        doctor.initialise(new SiteSettings(SiteCode.of("B"), siteA.clinicName(), siteA.clinicId()));
        CentralSettings.save(doctor.services().store(), new CentralServer(url, roleB, SITE_PASSWORD));
        new org.clinicdesk.storage.sync.SyncEngine(doctor.services().store(),
                CentralSettings.stored(doctor.services().store()).orElseThrow()).syncOnce(); // the staff arrive before sign-in
        fx(() -> a.stage.setWidth(640));
        Desk b = open(doctor, 640, 640);
        b.signIn("doctor");
        fx(() -> a.selectQueue());
        fx(() -> b.selectQueue());
        waitFor(() -> b.boardSize() > 0 && b.boardSize() == a.boardSize()
                && b.syncText().contains("no changes waiting") && a.syncText().contains("no changes waiting"));
        shot("24-two-desks-converged");
        fx(() -> {
            a.workstation.shutdown();
            b.workstation.shutdown();
        });
        reception.close();
        doctor.close();
    }

    private Desk open(Workstore store, double x, double width) throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        Desk[] desk = new Desk[1];
        fx(() -> {
            Stage stage = new Stage();
            stage.setX(x);
            stage.setY(0);
            Workstation w = new Workstation(stage, store.dataDir(), dir -> store, s -> { }, executor,
                    Clock.systemDefaultZone(), Duration.ofHours(1));
            w.syncEvery(Duration.ofSeconds(10));
            w.start();
            stage.setWidth(width);
            stage.setHeight(800);
            desk[0] = new Desk(stage, w);
        });
        return desk[0];
    }

    /** One window of the tour. */
    private record Desk(Stage stage, Workstation workstation) {
        void signIn(String user) throws Exception {
            // the site is known once the recovery key (shown once, before sign-in, on a new store) is out of the way
            waitFor(() -> workstation.site().isPresent() && find("#username").isPresent()
                    || find("#recoveryKey").isPresent());
            if ((Boolean) fxGet(() -> find("#recoveryKey").isPresent())) {
                fx(() -> ((javafx.scene.control.ButtonBase) find("#recoveryKeyWrittenDown").orElseThrow()).fire());
                fx(() -> ((javafx.scene.control.ButtonBase) find("#recoveryKeyContinue").orElseThrow()).fire());
                waitFor(() -> workstation.site().isPresent() && find("#username").isPresent());
            }
            type(workstation.scene(), "#username", user);
            type(workstation.scene(), "#password", DemoSetup.PASSWORD);
            waitFor(() -> !((Button) find("#signIn").orElseThrow()).isDisabled());
            fx(() -> ((Button) find("#signIn").orElseThrow()).fire());
            waitFor(() -> find("#mainTabs").isPresent());
        }

        void selectQueue() {
            ((TabPane) find("#mainTabs").orElseThrow()).getSelectionModel().select(1);
        }

        String syncText() throws Exception {
            return (String) fxGet(() -> find("#statusSync").map(n -> ((Label) n).getText()).orElse(""));
        }

        int boardSize() throws Exception {
            return (Integer) fxGet(() -> find("#queueBoard").map(n -> ((TableView<?>) n).getItems().size()).orElse(0));
        }

        Optional<Node> find(String id) {
            return Optional.ofNullable(workstation.scene().getRoot().lookup(id));
        }
    }

    private static Optional<Scene> dialog() throws Exception {
        @SuppressWarnings("unchecked")
        Optional<Scene> found = (Optional<Scene>) fxGet(() -> Window.getWindows().stream().map(Window::getScene)
                .filter(s -> s != null && s.getRoot().lookup("#centralUrl") != null).findFirst());
        return found;
    }

    private void shot(String name) throws Exception {
        FxDriver.screenshot(shots, name);
    }
}
