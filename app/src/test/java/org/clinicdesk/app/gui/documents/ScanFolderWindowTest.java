package org.clinicdesk.app.gui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The watched scan folder through the real window: a scan that arrives waits in the inbox even while a patient is
 * chosen, and a symbolic link is only reported; assigned to the patient, the scan is stored and read on that
 * patient's chart (Documents tab). The folder is remembered.
 */
class ScanFolderWindowTest extends WindowTest {
    @TempDir
    Path scanner;
    @TempDir
    Path elsewhere;

    @Test
    void aScanWaitsInTheInboxUntilAssignedThenOpensOnThePatientsChartAndALinkIsNeverTaken(FxRobot robot) throws Exception {
        Patient patient = H2Workstores.register(store(), "Meena Kumar", "1994-02-03", Sex.F, List.of());
        signIn(robot, "nurse");
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "scansTab".equals(t.getId()))
                    .findFirst().orElseThrow());
        });
        waitUntil(() -> shown(robot, "#scans-folder"));
        robot.interact(() -> robot.lookup("#scans-folder").queryAs(TextInputControl.class).setText(scanner.toString()));
        robot.clickOn("#scans-watch");
        waitUntil(() -> label(robot, "#scans-message").startsWith("Watching"));
        assertThat(store().dataDir().resolve(ScanInboxViewModel.SETTINGS_FILE)).content().contains(scanner.toString());

        robot.clickOn("#scans-patientQuery").write("Meena");
        robot.clickOn("#scans-find");
        @SuppressWarnings("unchecked")
        ListView<Patient> patients = robot.lookup("#scans-patients").queryAs(ListView.class);
        waitUntil(() -> patients.getItems().size() == 1);
        robot.interact(() -> patients.getSelectionModel().select(0));

        // A patient is chosen, yet what arrives only waits: a link is reported and never followed, a scan is held.
        Path outside = Files.writeString(elsewhere.resolve("private.pdf"), "%PDF-1.4 private");
        Files.createSymbolicLink(scanner.resolve("link.pdf"), outside);
        waitUntil(() -> label(robot, "#scans-message").contains("link.pdf is not taken: it is a symbolic link"));
        try (InputStream in = getClass().getResourceAsStream("prescription.png")) {
            Files.copy(in, scanner.resolve("scan-0001.png"));
        }
        @SuppressWarnings("unchecked")
        ListView<Path> inbox = robot.lookup("#scans-inbox").queryAs(ListView.class);
        waitUntil(() -> inbox.getItems().size() == 1);
        assertThat(label(robot, "#scans-message")).contains("scan-0001.png arrived");
        var local = store().services().store();
        assertThat(local.context().tx().inTransaction(() -> local.documents().forPatient(patient.id()))).isEmpty();

        robot.interact(() -> inbox.getSelectionModel().select(0));
        robot.clickOn("#scans-assign");

        waitUntil(() -> robot.lookup("#chart-name").tryQuery().map(n -> ((Label) n).getText().equals("Meena Kumar"))
                .orElse(false));
        waitUntil(() -> shown(robot, "#documents-facts")
                && !robot.lookup("#documents-facts").queryAs(ListView.class).getItems().isEmpty());
        assertThat(inbox.getItems()).isEmpty();
        assertThat(local.context().tx().inTransaction(() -> local.documents().forPatient(patient.id())))
                .singleElement().satisfies(d -> assertThat(d.fileName()).isEqualTo("scan-0001.png"));
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
