package org.clinicdesk.app.gui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.flags.FlagSeverity;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.PrescriptionParser;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import javafx.scene.control.TableView;

/**
 * The queue board's badge: a patient whose signed note holds an interacting pair (warfarin with aspirin) shows the
 * count of unanswered high flags on their row; a patient without one shows none; acknowledging the flag clears the
 * badge at the next refresh.
 */
class FlagBadgeWindowTest extends WindowTest {

    @Test
    void theBoardShowsUnansweredHighFlagsAsABadge(FxRobot robot) {
        Session reception = Sessions.signIn(store(), "reception");
        Session doctor = Sessions.signIn(store(), "doctor");
        Patient flagged = queued(reception, "Asha Warfarin");
        Patient plain = queued(reception, "Bela Plain");
        sign(doctor, flagged, "Tab Warfarin 5 mg OD", "Tab Aspirin 75 mg OD");
        sign(doctor, plain, "Tab Warfarin 5 mg OD");
        // The chart's check (what opening the chart or 'flags UHID' does) stores the flag states the badge reads.
        var found = store().services().flags().forPatient(doctor.actor(), flagged.uhid().value());
        assertThat(found.flags()).anyMatch(f -> f.severity() == FlagSeverity.HIGH);
        assertThat(store().services().flags().forPatient(doctor.actor(), plain.uhid().value()).flags()).isEmpty();

        signIn(robot, "doctor");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#queueBoard").tryQuery().isPresent());
        robot.clickOn("#filter-ALL");
        waitUntil(() -> board(robot).size() == 2);
        long high = found.flags().stream().filter(f -> f.severity() == FlagSeverity.HIGH).count();
        waitUntil(() -> badge(robot, "Asha Warfarin") > 0);
        assertThat(badge(robot, "Asha Warfarin")).isEqualTo(high);
        assertThat(badge(robot, "Bela Plain")).isZero();
        assertThat(robot.lookup(".flag-badge").queryAll()).singleElement()
                .satisfies(cell -> assertThat(((Labeled) cell).getText()).endsWith(" " + high));

        found.flags().stream().filter(f -> f.severity() == FlagSeverity.HIGH).forEach(f -> store().services().flags()
                .acknowledge(doctor.actor(), flagged.uhid().value(), f.key(), Optional.empty()));
        robot.push(KeyCode.F5);
        waitUntil(() -> badge(robot, "Asha Warfarin") == 0);
        waitUntil(() -> robot.lookup(".flag-badge").queryAll().isEmpty());

        // The note editor: the card under the prescription line shows the interaction the typed line would add,
        // its path as chips, once the keystroke that completes the line is typed; clearing the line hides it.
        @SuppressWarnings("unchecked")
        TableView<BoardItem> table = robot.lookup("#queueBoard").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(board(robot).stream()
                .filter(i -> i.name().equals("Bela Plain")).findFirst().orElseThrow()));
        waitUntil(() -> !robot.lookup("#queue-openChart").queryButton().isDisabled());
        robot.clickOn("#queue-openChart");
        waitUntil(() -> robot.lookup("#chart-writeNote").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("#chart-writeNote");
        waitUntil(() -> robot.lookup("#note-rxLine").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("#note-rxLine").write("Tab Aspirin 75 mg O");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card(robot).isVisible()).as("no flag before the line reads as a prescription").isFalse();
        robot.write("D");
        waitUntil(() -> card(robot).isVisible());
        assertThat(chips(robot)).contains("Warfarin", "Aspirin");
        assertThat(robot.lookup("#note-rxFlagCard .flag-card-high").queryAll()).isNotEmpty();
        robot.push(KeyCode.SHORTCUT, KeyCode.A).push(KeyCode.BACK_SPACE);
        waitUntil(() -> !card(robot).isVisible());
    }

    private javafx.scene.Node card(FxRobot robot) {
        return robot.lookup("#note-rxFlagCard").query();
    }

    private List<String> chips(FxRobot robot) {
        return robot.lookup("#note-rxFlagCard .flag-chip").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList();
    }

    private Patient queued(Session reception, String name) {
        Patient p = store().services().patients().register(reception.actor(), new PatientDetails(
                PersonName.parse(name), DateOfBirth.exact(LocalDate.of(1960, 3, 3), LocalDate.now()), Sex.F, null,
                "", List.of()));
        store().services().queue().add(reception.actor(), p, Priority.NORMAL);
        return p;
    }

    private void sign(Session doctor, Patient p, String... lines) {
        store().services().notes().writeAndSign(doctor.actor(), p, new NoteContent(
                new SoapText("Follow-up", "", "Review", "Continue"), List.of(),
                java.util.Arrays.stream(lines).map(PrescriptionParser::parse).toList()));
    }

    private long badge(FxRobot robot, String name) {
        return board(robot).stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow()
                .unansweredHighFlags();
    }
}
