package org.clinicdesk.app.gui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.clinicdesk.app.gui.queue.BoardItem;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.chart.Chart;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import static org.clinicdesk.app.gui.testsupport.Fields.label;
import static org.clinicdesk.app.gui.testsupport.Fields.fill;
import static org.clinicdesk.app.gui.testsupport.Fields.typeAtOnce;
import static org.clinicdesk.app.gui.testsupport.Fields.typeInto;
import static org.clinicdesk.app.gui.testsupport.Fields.text;

/**
 * Issue 4 through the real window on the real H2 store: the nurse records vitals from the board (a typing error
 * refused beside its field first), the doctor opens the chart, writes and signs a note with two prescriptions,
 * amends it, and the chart shows the note as signed and as amended.
 */
class ConsultationWindowTest extends WindowTest {
    private static final String NAME = "Kamala Devi";

    @Test
    void nurseRecordsVitalsDoctorSignsAndAmendsAndTheChartShowsBothVersions(FxRobot robot) {
        Patient patient = H2Workstores.register(store(), NAME, "1958-08-15", Sex.F, List.of("Sulfa drugs"));
        store().services().queue().add(Sessions.signIn(store(), "reception").actor(), patient, Priority.NORMAL);

        signIn(robot, "nurse");
        showQueueAndSelect(robot);
        robot.clickOn("#queue-recordVitals");
        waitUntil(() -> shown(robot, "#vitals-hr"));
        fill(robot, "#vitals-hr", "720");
        assertThat(label(robot, "#vitals-error-hr")).contains("720 beats/min is outside 20 to 300");
        fill(robot, "#vitals-rr", "22");
        fill(robot, "#vitals-sbp", "128");
        fill(robot, "#vitals-dbp", "84");
        fill(robot, "#vitals-temp", "38.4");
        fill(robot, "#vitals-spo2", "94");
        assertThat(label(robot, "#vitals-news2")).contains("appears when");
        robot.clickOn("#saveVitals");
        assertThat(label(robot, "#vitalsMessage")).isEqualTo("Some fields need fixing; see the messages beside them.");
        assertThat(store().services().vitals().takenToday(patient.id())).isFalse();
        fill(robot, "#vitals-hr", "96");
        waitUntil(() -> label(robot, "#vitals-error-hr").isEmpty());
        assertThat(label(robot, "#vitals-news2")).isEqualTo("NEWS2 5");
        robot.clickOn("#saveVitals");
        waitUntil(() -> label(robot, "#vitalsMessage").startsWith("Vitals saved for " + NAME));
        showQueueAndSelect(robot);
        waitUntil(() -> board(robot).get(0).news2().map(n -> n.total() == 5).orElse(false));
        signOut(robot);

        signIn(robot, "doctor");
        showQueueAndSelect(robot);
        assertThat(robot.lookup("#queue-recordVitals").tryQuery()).isPresent();
        robot.clickOn("#queue-openChart");
        waitUntil(() -> label(robot, "#chart-name").equals(NAME));
        assertThat(label(robot, "#chart-allergies")).isEqualTo("Allergies: Sulfa drugs");
        assertThat(label(robot, "#chart-news2")).startsWith("Latest NEWS2 5");
        robot.clickOn("#chart-writeNote");
        waitUntil(() -> shown(robot, "#note-subjective"));
        assertThat(text(robot, "#note-objective")).startsWith("BP 128/84 mmHg, HR 96/min");
        fill(robot, "#note-subjective", "Burning micturition for two days.");
        fill(robot, "#note-assessment", "Lower urinary tract infection.");
        fill(robot, "#note-plan", "Plenty of fluids.");
        fill(robot, "#note-rxLine", "Amoxicillin TDS x 5 days");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> label(robot, "#note-rxLineError").contains("no strength or dose for Amoxicillin"));
        addPrescription(robot, "Nitrofurantoin 100 mg cap BD x 5 days after food");
        addPrescription(robot, "Paracetamol 500 mg tab QID x 3 days");
        waitUntil(() -> prescriptions(robot) == 2);
        waitUntil(() -> !button(robot, "#signNote").isDisabled());
        robot.clickOn("#signNote");
        waitForLabel(robot, "#noteStatus", "Signed by doctor");
        assertThat(robot.lookup("#note-plan").queryAs(TextArea.class).isEditable()).isFalse();

        robot.clickOn("#amendNote");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(".dialog-pane .text-field").push(KeyCode.ENTER);
        waitUntil(() -> label(robot, "#noteStatus").equals("Not amended: an amendment needs a reason."));

        robot.clickOn("#amendNote");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        typeInto(robot, ".dialog-pane .text-field", "Paracetamol dose lowered for age");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#saveAmendment"));
        robot.clickOn("#note-plan").push(KeyCode.END);
        typeAtOnce(robot, " Review in three days.");
        robot.clickOn("#saveAmendment");
        waitForLabel(robot, "#noteStatus", "Amended by doctor");

        robot.clickOn("Chart: " + NAME);
        waitUntil(() -> text(robot, "#chart-noteText").contains("Amendment 1 by doctor"));
        String versions = text(robot, "#chart-noteText");
        assertThat(versions).startsWith("Original, signed by doctor").contains("P: Plenty of fluids.\n")
                .contains("Reason: Paracetamol dose lowered for age")
                .contains("P: Plenty of fluids. Review in three days.")
                .contains("Rx: Nitrofurantoin 100 mg capsule, oral, BD for 5 days: after food");

        Chart chart = store().services().chart().open(Sessions.signIn(store(), "doctor").actor(),
                patient.uhid().value());
        assertThat(chart.notes()).singleElement().satisfies(n -> {
            assertThat(n.note().isSigned()).isTrue();
            assertThat(n.note().content().prescriptions()).hasSize(2);
            assertThat(n.amendments()).singleElement()
                    .satisfies(a -> assertThat(a.reason()).isEqualTo("Paracetamol dose lowered for age"));
        });
        assertThat(auditActions("A")).contains("CHART_OPENED", "VITALS_RECORDED", "NOTE_SIGNED", "NOTE_AMENDED");
    }

    /** Waits for a label to start with the text; on time-out the failure shows what the label says instead. */
    private static void waitForLabel(FxRobot robot, String query, String prefix) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> label(robot, query).startsWith(prefix));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(label(robot, query)).as("%s (plan: %s)", query, text(robot, "#note-plan")).startsWith(prefix);
        }
    }

    private void addPrescription(FxRobot robot, String line) {
        int before = prescriptions(robot);
        fill(robot, "#note-rxLine", line);
        robot.push(KeyCode.ENTER);
        waitUntil(() -> prescriptions(robot) == before + 1);
    }

    @SuppressWarnings("unchecked")
    private int prescriptions(FxRobot robot) {
        return robot.lookup("#note-prescriptions").queryAs(TableView.class).getItems().size();
    }

    private void showQueueAndSelect(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#queueBoard").tryQuery().map(n -> n.isVisible() && n.getScene() != null)
                .orElse(false));
        waitUntil(() -> board(robot).size() == 1);
        @SuppressWarnings("unchecked")
        TableView<BoardItem> table = robot.lookup("#queueBoard").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#queue-openChart").tryQuery()
                .map(n -> ((Button) n).isDisabled()).orElse(false));
    }

    /** Clicks into the field, selects what is there and types over it. */
}
