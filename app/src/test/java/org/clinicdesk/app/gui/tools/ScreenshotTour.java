package org.clinicdesk.app.gui.tools;

import static org.clinicdesk.app.gui.tools.FxDriver.fx;
import static org.clinicdesk.app.gui.tools.FxDriver.fxGet;
import static org.clinicdesk.app.gui.tools.FxDriver.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.clinicdesk.app.gui.common.FxTaskExecutor;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.app.gui.shell.Workstation;

/**
 * Walks the real window through its main screens on demo data and saves a PNG of each with ImageMagick's
 * {@code import -window root}; run under Xvfb by {@code scripts/screenshots}. Usage: {@code ScreenshotTour SHOTS_DIR}.
 */
public final class ScreenshotTour {
    private final Path shots;
    private Workstation workstation;
    private Stage stage;

    private ScreenshotTour(Path shots) {
        this.shots = shots;
    }

    public static void main(String[] args) throws Exception {
        Path shots = Path.of(args.length > 0 ? args[0] : "shots");
        Files.createDirectories(shots);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        new ScreenshotTour(shots).run();
        Platform.exit();
        System.exit(0);
    }

    private void run() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        open(Files.createTempDirectory("clinicdesk-tour-empty-"), executor, false);
        waitFor(() -> has("#startNewClinic"));
        fire("#startNewClinic");
        waitFor(() -> has("#siteCode"));
        type("#siteCode", "A");
        type("#clinicName", "Green Valley Family Clinic");
        type("#adminName", "admin");
        shot("01-setup");
        fx(() -> stage.close());

        open(Files.createTempDirectory("clinicdesk-tour-demo-"), executor, true);
        waitFor(() -> has("#username"));
        type("#username", "reception");
        type("#password", DemoSetup.PASSWORD);
        waitFor(() -> !button("#signIn").isDisabled());
        shot("02-sign-in");
        fire("#signIn");
        waitFor(() -> has("#mainTabs"));

        type("#patientSearch", "Sha");
        waitFor(() -> !table("#patientResults").getItems().isEmpty());
        shot("03-reception-search");

        fx(() -> lookup("#registerPatient").ifPresent(n -> ((Button) n).fire()));
        waitFor(() -> has("#form-name"));
        type("#form-name", "R2D2");
        type("#form-dob", "31/02/2001");
        type("#form-phone", "ring me");
        fire("#savePatient");
        waitFor(() -> has("#error-name") && lookup("#error-name").map(Node::isVisible).orElse(false));
        shot("04-register-errors");

        Object first = fxGet(() -> table("#patientResults").getItems().get(0));
        var row = (org.clinicdesk.app.gui.reception.PatientRow) first;
        type("#form-name", row.name());
        type("#form-dob", row.patient().dateOfBirth().date().toString());
        type("#form-phone", row.phone());
        fx(() -> comboOf("#form-sex").setValue(row.patient().sex().name()));
        fire("#savePatient");
        waitFor(() -> lookup("#duplicateWarning").map(Node::isVisible).orElse(false));
        shot("05-duplicate-warning");
        fire("#cancelPatient");

        // Issue 17: the registration form with the Indian particulars filled in.
        fx(() -> lookup("#registerPatient").ifPresent(n -> ((Button) n).fire()));
        waitFor(() -> has("#form-name"));
        type("#form-name", "Lakshmi Devi");
        type("#form-dob", "42 y");
        fx(() -> comboOf("#form-sex").setValue("F"));
        type("#form-phone", "098450 12399");
        type("#form-abha", "91-7654-3210-9878");
        fx(() -> comboOf("#form-relation").setValue("W_O"));
        type("#form-relative", "Suresh Babu");
        type("#form-address", "4/12 Temple Street");
        type("#form-village", "Kuppam");
        type("#form-district", "Chittoor");
        type("#form-state-text", "Andhra Pradesh");
        type("#form-pin", "517425");
        type("#form-allergies", "NKA");
        shot("09-register-indian");
        fire("#cancelPatient");

        selectTab(1);
        waitFor(() -> !table("#queueBoard").getItems().isEmpty());
        shot("06-queue-board-reception");

        fx(() -> workstation.signOut());
        waitFor(() -> has("#username"));
        type("#username", "doctor");
        type("#password", DemoSetup.PASSWORD);
        waitFor(() -> !button("#signIn").isDisabled());
        fire("#signIn");
        waitFor(() -> has("#mainTabs"));
        selectTab(1);
        waitFor(() -> !table("#queueBoard").getItems().isEmpty());
        fire("#action-CALL_NEXT");
        waitFor(() -> ((javafx.scene.control.Label) lookup("#queueMessage").orElseThrow()).getText()
                .startsWith("Calling"));
        // Call next opens the called patient's chart and note: the note editor, with its allergy line.
        waitFor(() -> has("#note-allergies"));
        shot("10-call-next-note");
        selectTab(1);
        shot("07-queue-board-doctor");
        fx(() -> ((javafx.scene.control.ToggleButton) lookup("#filter-DONE_TODAY").orElseThrow()).fire());
        shot("11-queue-board-done-today");
        fx(() -> ((javafx.scene.control.ToggleButton) lookup("#filter-ACTIVE").orElseThrow()).fire());
        fx(() -> ((javafx.scene.control.MenuBar) lookup(".menu-bar").orElseThrow()).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-tokenDisplay".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        waitFor(() -> javafx.stage.Window.getWindows().size() > 1);
        shot("12-token-display");
        fx(() -> List.copyOf(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage).forEach(javafx.stage.Window::hide));

        fx(() -> workstation.openReports());
        waitFor(() -> inAnyWindow("#reports-show").isPresent());
        fx(() -> ((Button) inAnyWindow("#reports-show").orElseThrow()).fire());
        waitFor(() -> ((javafx.scene.control.TextArea) inAnyWindow("#reports-preview").orElseThrow()).getText()
                .contains("Patients seen"));
        shot("09-reports");
        fx(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(javafx.stage.Window::hide));

        fx(() -> workstation.lock());
        waitFor(() -> has("#unlockPassword"));
        shot("08-screen-locked");
        executor.shutdown();
        fx(() -> workstation.shutdown());
    }

    private void open(Path dataDir, FxTaskExecutor executor, boolean demo) throws Exception {
        fx(() -> {
            stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            workstation = new Workstation(stage, dataDir, LocalWorkstore.opener(Clock.systemUTC()),
                    demo ? store -> DemoSetup.prepare(store, DemoSetup::clinicDay) : store -> { },
                    executor, Clock.systemDefaultZone(), Duration.ofHours(1));
            workstation.start();
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }

    private void shot(String name) throws Exception {
        FxDriver.screenshot(shots, name);
    }

    private void type(String id, String text) throws Exception {
        fx(() -> {
            TextInputControl field = (TextInputControl) lookup(id).orElseThrow(() -> new IllegalStateException(id));
            field.requestFocus();
            field.setText(text);
        });
    }

    private void fire(String id) throws Exception {
        fx(() -> button(id).fire());
    }

    private void selectTab(int index) throws Exception {
        fx(() -> ((javafx.scene.control.TabPane) lookup("#mainTabs").orElseThrow()).getSelectionModel().select(index));
    }

    private Button button(String id) {
        return (Button) lookup(id).orElseThrow(() -> new IllegalStateException(id));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> comboOf(String id) {
        return (ComboBox<String>) lookup(id).orElseThrow();
    }

    private TableView<?> table(String id) {
        return (TableView<?>) lookup(id).orElseThrow(() -> new IllegalStateException(id));
    }

    private boolean has(String id) {
        return lookup(id).isPresent();
    }

    /** A node in the window or in a dialog it opened. */
    private static java.util.Optional<Node> inAnyWindow(String id) {
        return javafx.stage.Window.getWindows().stream().map(w -> w.getScene() == null ? null
                : w.getScene().getRoot().lookup(id)).filter(java.util.Objects::nonNull).findFirst();
    }

    private java.util.Optional<Node> lookup(String id) {
        return java.util.Optional.ofNullable(workstation.scene().getRoot().lookup(id));
    }
}
