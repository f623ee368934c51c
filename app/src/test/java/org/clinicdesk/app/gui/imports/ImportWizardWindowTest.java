package org.clinicdesk.app.gui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextInputControl;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The administrator drives the import wizard in the real window over the shared legacy sample. */
class ImportWizardWindowTest extends WindowTest {

    @Test
    void anAdministratorDryRunsThenImportsTheLegacySample(FxRobot robot) {
        signIn(robot, "admin");
        robot.interact(() -> workstation.openImport());
        waitUntil(() -> robot.lookup("#importPath").tryQuery().isPresent());
        assertThat(robot.lookup("#importRun").queryButton().isDisabled()).as("no import before a dry run").isTrue();

        // the path is put in the field as a paste would (typing it key by key only costs time)
        robot.interact(() -> robot.lookup("#importPath").queryAs(TextInputControl.class)
                .setText(ImportWizardViewModelTest.SAMPLE.toAbsolutePath().toString()));
        robot.clickOn("#importDryRun");
        waitUntil(() -> report(robot).contains("Dry run: nothing was written."));
        assertThat(report(robot)).contains("Would import").contains("patients.json")
                .contains("patient /PAT_DEADBEEF skipped").contains("queue visit /4 skipped");
        assertThat(patientCount()).isZero();

        waitUntil(() -> !robot.lookup("#importRun").queryButton().isDisabled());
        robot.clickOn("#importRun");
        waitUntil(() -> report(robot).contains("Chart "));
        assertThat(patientCount()).isEqualTo(4);
        assertThat(report(robot)).contains("Imported ").contains("opens (3 history entries, 1 notes)");
        assertThat(robot.lookup("#importMessage").queryLabeled().getText()).contains("Import done");
        assertThat(auditActions("A")).contains("RECORDS_IMPORTED");
    }

    private static String report(FxRobot robot) {
        return robot.lookup("#importReport").tryQuery().map(n -> ((TextInputControl) n).getText()).orElse("");
    }
}
