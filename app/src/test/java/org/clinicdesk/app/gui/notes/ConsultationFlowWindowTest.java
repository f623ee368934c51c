package org.clinicdesk.app.gui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueStatus;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import static org.clinicdesk.app.gui.testsupport.Fields.label;

/**
 * The doctor's round in the real window, in one walk: the doctor starts on the board; Call next opens the chart and
 * the note; the note's header shows the allergies, which the doctor records; Tab leaves a SOAP box; signing offers to
 * complete the visit; Enter on a search result opens the chart.
 */
class ConsultationFlowWindowTest extends WindowTest {
    @Test
    void callNextOpensTheNoteWithAllergiesAndSigningCompletesTheVisit(FxRobot robot) {
        Patient patient = H2Workstores.register(store(), "Meera Nair", "1971-04-02", Sex.F, List.of());
        var queue = store().services().queue();
        var entry = queue.add(Sessions.signIn(store(), "reception").actor(), patient, Priority.NORMAL);
        var nurse = Sessions.signIn(store(), "nurse").actor();
        queue.move(nurse, entry.token(), QueueStatus.IN_TRIAGE, "");
        queue.move(nurse, entry.token(), QueueStatus.READY_FOR_DOCTOR, "");

        signIn(robot, "doctor");
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getContent().lookup("#queueBoard"))
                .as("the doctor starts on the board").isNotNull();
        waitUntil(() -> board(robot).size() == 1);
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem tokens = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-tokenDisplay".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(tokens::fire);
        waitUntil(() -> robot.lookup("#tokenDisplay-now").tryQuery().isPresent());
        assertThat(label(robot, "#tokenDisplay-next")).isEqualTo(entry.token().value());
        assertThat(label(robot, "#tokenDisplay-now")).isEqualTo("Please wait");
        javafx.stage.Window tv = robot.lookup("#tokenDisplay-now").query().getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreens()
                .get(javafx.stage.Screen.getScreens().size() - 1).getBounds();
        assertThat(List.of(tv.getX(), tv.getY(), tv.getWidth(), tv.getHeight())).as("the token display covers the screen")
                .isEqualTo(List.of(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight()));
        assertThat(((javafx.stage.Stage) tv).isFullScreen()).as("full screen, as the toolkit reports it").isTrue();
        javafx.scene.Parent shown = tv.getScene().getRoot();
        waitUntil(() -> shown.getLayoutBounds().getWidth() == screen.getWidth());
        assertThat(List.of(shown.getLayoutBounds().getWidth(), shown.getLayoutBounds().getHeight()))
                .as("what the display draws is laid out over the whole screen")
                .isEqualTo(List.of(screen.getWidth(), screen.getHeight()));
        robot.interact(() -> robot.lookup("#action-CALL_NEXT").queryButton().fire());
        waitUntil(() -> shown(robot, "#note-subjective"));
        waitUntil(() -> label(robot, "#tokenDisplay-now").equals(entry.token().value() + " \u2192 doctor"));
        assertThat(label(robot, "#tokenDisplay-next")).isEmpty();
        robot.interact(() -> robot.lookup("#tokenDisplay-now").query().getScene().getWindow().hide());
        assertThat(tabs.getTabs()).extracting(t -> t.getId()).contains("chartTab-" + patient.uhid().value(),
                "noteTab-" + patient.uhid().value());
        assertThat(label(robot, "#note-allergies")).isEqualTo("Allergies: not recorded");

        robot.clickOn("#note-editAllergies");
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        robot.clickOn(".dialog-pane .text-field").write("NKA").push(KeyCode.ENTER);
        waitUntil(() -> label(robot, "#note-allergies").equals("Allergies: No known allergies"));
        assertThat(store().services().patients().require(nurse, patient.uhid().value()).allergies())
                .containsExactly("No known allergies");

        robot.clickOn("#note-subjective").write("Headache since morning.");
        robot.push(KeyCode.TAB);
        TextArea subjective = robot.lookup("#note-subjective").queryAs(TextArea.class);
        assertThat(subjective.getText()).as("Tab types no tab").isEqualTo("Headache since morning.");
        assertThat(robot.lookup("#note-objective").queryAs(TextArea.class).isFocused()).as("Tab leaves the box").isTrue();
        robot.clickOn("#note-assessment").write("Tension headache.");
        waitUntil(() -> !button(robot, "#signNote").isDisabled());
        robot.clickOn("#signNote");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains("Complete Meera Nair");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAll().stream()
                .filter(n -> ((javafx.scene.control.Button) n).getText().equals("Yes")).findFirst().orElseThrow());
        waitUntil(() -> queue.board(nurse).get(0).entry().status() == QueueStatus.COMPLETED);

        robot.push(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        assertThat(((Label) robot.lookup("#patientResults").queryTableView().getPlaceholder()).getText())
                .as("a doctor is not offered registration").doesNotContain("Ctrl+N").contains("opens the chart");
        tabs.getTabs().stream().filter(t -> ("chartTab-" + patient.uhid().value()).equals(t.getId())).findFirst()
                .ifPresent(t -> robot.interact(() -> tabs.getTabs().remove(t)));
        robot.clickOn("#patientSearch").write("Meera");
        waitUntil(() -> !robot.lookup("#patientResults").queryTableView().getItems().isEmpty());
        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);
        waitUntil(() -> tabs.getTabs().stream().anyMatch(t -> ("chartTab-" + patient.uhid().value()).equals(t.getId())
                && t.isSelected()));
    }

}
