package org.clinicdesk.app.gui.tools;

import static org.clinicdesk.app.gui.tools.FxDriver.fx;
import static org.clinicdesk.app.gui.tools.FxDriver.fxGet;
import static org.clinicdesk.app.gui.tools.FxDriver.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
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
import org.clinicdesk.storage.sync.CentralSchema;
import org.clinicdesk.storage.sync.CentralServer;

/**
 * Screenshots of sync in the window, run under Xvfb by {@code scripts/screenshots}: a desk offline (its server
 * unreachable), the central server dialog after a successful test, the same desk online, and two desks side by side
 * after converging. Uses a throwaway database on the PostgreSQL server named by CLINICDESK_TEST_PG_URL / _USER /
 * _PASSWORD (defaults as the tests use), dropped at the end. Usage: {@code SyncTour SHOTS_DIR}.
 */
public final class SyncTour {
    private static final String SITE_PASSWORD = "tour-site-secret";
    private final Path shots;
    private final String adminUrl = env("CLINICDESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private final String adminUser = env("CLINICDESK_TEST_PG_USER", "clinicdesk_test");
    private final String adminPassword = env("CLINICDESK_TEST_PG_PASSWORD", "clinicdesk_test");
    private final java.util.List<String> roles = new java.util.ArrayList<>();
    private final String database = "cd_tour_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private SyncTour(Path shots) {
        this.shots = shots;
    }

    public static void main(String[] args) throws Exception {
        Path shots = Path.of(args.length > 0 ? args[0] : "shots");
        Files.createDirectories(shots);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        SyncTour tour = new SyncTour(shots);
        try {
            tour.run();
        } finally {
            tour.dropDatabase();
        }
        Platform.exit();
        System.exit(0);
    }

    private void run() throws Exception {
        String url = createDatabase();
        Workstore reception = LocalWorkstore.opener(Clock.systemUTC()).open(Files.createTempDirectory("clinicdesk-sync-a-"));
        DemoSetup.prepare(reception, DemoSetup::clinicDay);
        SiteSettings siteA = reception.siteSettings().orElseThrow();
        CentralSchema schema = new CentralSchema(new CentralServer(url, adminUser, adminPassword));
        String roleA = schema.addSite(siteA.clinicId(), siteA.site(), SITE_PASSWORD);
        String roleB = schema.addSite(siteA.clinicId(), SiteCode.of("B"), SITE_PASSWORD);
        roles.add(roleA);
        roles.add(roleB);
        // the reception desk starts pointed at a server that is not there: offline, with the whole day waiting
        CentralSettings.save(reception.dataDir(), new CentralServer("jdbc:postgresql://127.0.0.1:1/clinicdesk", roleA,
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
        CentralSettings.save(doctor.dataDir(), new CentralServer(url, roleB, SITE_PASSWORD));
        new org.clinicdesk.storage.sync.SyncEngine(doctor.services().store(),
                CentralSettings.stored(doctor.dataDir()).orElseThrow()).syncOnce(); // the staff arrive before sign-in
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
            waitFor(() -> workstation.site().isPresent() && find("#username").isPresent());
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

    private String createDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + database);
        }
        int slash = adminUrl.lastIndexOf('/');
        String url = adminUrl.substring(0, slash + 1) + database;
        new CentralSchema(new CentralServer(url, adminUser, adminPassword)).migrate();
        return url;
    }

    private void dropDatabase() {
        try (Connection c = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            for (String role : roles) {
                st.execute("DROP ROLE IF EXISTS " + role);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not drop the tour database " + database, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private void shot(String name) throws Exception {
        FxDriver.screenshot(shots, name);
    }

    private static void type(Scene scene, String id, String text) throws Exception {
        fx(() -> ((TextInputControl) scene.getRoot().lookup(id)).setText(text));
    }
}
