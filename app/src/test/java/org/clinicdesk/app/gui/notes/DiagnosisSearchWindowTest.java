package org.clinicdesk.app.gui.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.app.gui.testsupport.Fields.fill;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.clinicdesk.app.gui.queue.BoardItem;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.icd.Icd10Entry;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The note editor's diagnosis field offers ICD-10-CM matches as the doctor types everyday words; Down and Enter add
 * the chosen one as a coded diagnosis, which is signed with the note and stored with its code and system.
 */
class DiagnosisSearchWindowTest extends WindowTest {
    @Test
    void typedWordsOfferIcdCodesAndTheChosenOneIsStoredCoded(FxRobot robot) {
        Patient patient = H2Workstores.register(store(), "Suresh Rao", "1966-02-11", Sex.M, List.of());
        store().services().queue().add(Sessions.signIn(store(), "reception").actor(), patient, Priority.NORMAL);
        signIn(robot, "doctor");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> board(robot).size() == 1);
        @SuppressWarnings("unchecked")
        TableView<BoardItem> table = robot.lookup("#queueBoard").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#queue-openChart").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#queue-openChart");
        waitUntil(() -> shown(robot, "#chart-writeNote"));
        robot.clickOn("#chart-writeNote");
        waitUntil(() -> shown(robot, "#note-subjective"));
        fill(robot, "#note-assessment", "Sugars poorly controlled.");

        robot.clickOn("#note-diagnosis").write("sugar without");
        @SuppressWarnings("unchecked")
        ListView<Icd10Entry> suggestions = robot.lookup("#note-diagnosisSuggestions").queryAs(ListView.class);
        waitUntil(() -> suggestions.isVisible() && !suggestions.getItems().isEmpty());
        assertThat(suggestions.getItems().get(0)).isEqualTo(
                new Icd10Entry("E11.9", "Type 2 diabetes mellitus without complications"));
        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ListView<Diagnosis> diagnoses = robot.lookup("#note-diagnoses").queryAs(ListView.class);
        waitUntil(() -> diagnoses.getItems().size() == 1);
        assertThat(diagnoses.getItems().get(0))
                .isEqualTo(new Diagnosis("Type 2 diabetes mellitus without complications", "ICD-10-CM", "E11.9"));
        assertThat(robot.lookup("#note-diagnosis").queryAs(TextField.class).getText()).as("the field is cleared").isEmpty();
        assertThat(suggestions.isVisible()).as("the matches are put away").isFalse();

        robot.clickOn("#note-diagnosis").write("zzqx");
        waitUntil(() -> !suggestions.isVisible());
        robot.interact(() -> robot.lookup("#note-diagnosis").queryAs(TextField.class).clear());

        waitUntil(() -> !button(robot, "#signNote").isDisabled());
        robot.clickOn("#signNote");
        waitUntil(() -> robot.lookup("#noteStatus").queryLabeled().getText().startsWith("Signed by doctor"));
        var chart = store().services().chart().open(Sessions.signIn(store(), "doctor").actor(), patient.uhid().value());
        assertThat(chart.notes().get(0).current().diagnoses())
                .containsExactly(new Diagnosis("Type 2 diabetes mellitus without complications", "ICD-10-CM", "E11.9"));
    }
}
