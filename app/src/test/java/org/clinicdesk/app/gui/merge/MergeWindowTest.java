package org.clinicdesk.app.gui.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.queue.BoardItem;
import org.clinicdesk.app.gui.testsupport.Fields;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The duplicate flag on the chart's Flags tab leads to the merge screen: both patients side by side, the UHID kept
 * chosen, a reason, the merge; the chart then shows both records under the kept UHID, and the alias is no longer a
 * patient of its own.
 */
class MergeWindowTest extends WindowTest {

    @Test
    void theDuplicateFlagsMergeActionMergesTheTwoRecords(FxRobot robot) {
        waitForTheStore();
        Session reception = Sessions.signIn(store(), "reception");
        Patient kept = register(reception, "Kamala Devi", "+91 94480 11223");
        Patient duplicate = register(reception, "Kamla Devi", "+91 94480 11223");
        store().services().queue().add(reception.actor(), kept, Priority.NORMAL);
        store().services().vitals().record(Sessions.signIn(store(), "nurse").actor(), duplicate, new VitalSigns(84,
                16, 126, 82, 37.0, 98, SpO2Scale.SCALE_1, false, Acvpu.A, null, null));

        signIn(robot, "doctor");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#queueBoard").tryQuery().isPresent());
        robot.clickOn("#filter-ALL");
        waitUntil(() -> board(robot).size() == 1);
        @SuppressWarnings("unchecked")
        TableView<BoardItem> table = robot.lookup("#queueBoard").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#queue-openChart").queryButton().isDisabled());
        robot.clickOn("#queue-openChart");
        waitUntil(() -> shown(robot, "#chart-flagsTab"));
        robot.clickOn("#chart-flagsTab");
        String mergeAction = "#chart-merge-" + duplicate.uhid().value();
        waitUntil(() -> shown(robot, mergeAction));
        robot.clickOn(mergeAction);

        waitUntil(() -> shown(robot, "#merge-first-1"));
        assertThat(text(robot, "#merge-first-1")).isEqualTo(kept.uhid().value());
        assertThat(text(robot, "#merge-second-1")).isEqualTo(duplicate.uhid().value());
        assertThat(text(robot, "#merge-first-2")).isEqualTo("Kamala Devi");
        assertThat(text(robot, "#merge-second-2")).isEqualTo("Kamla Devi");
        assertThat(text(robot, "#merge-second-8")).as("visits").isEqualTo("1");
        assertThat(text(robot, "#merge-summary")).contains(duplicate.uhid().value() + " becomes an alias of "
                + kept.uhid().value());
        robot.clickOn("#merge-confirm");
        waitUntil(() -> text(robot, "#mergeMessage").startsWith("Reason"));
        assertThat(patientCount()).isEqualTo(2);
        Fields.typeInto(robot, "#merge-reason", "Same phone, same woman; registered twice");
        robot.clickOn("#merge-confirm");

        waitUntil(() -> text(robot, "#mergeMessage").contains("is now an alias of"));
        assertThat(store().services().patients().find(reception.actor(), "Devi")).extracting(Patient::uhid)
                .containsExactly(kept.uhid());
        assertThat(auditActions("A")).contains("PATIENT_MERGED");
        // the chart it was opened from has reloaded behind the merge screen: one patient, both UHIDs
        waitUntil(() -> text(robot, "#chart-details").contains("also registered as " + duplicate.uhid().value()));
    }

    /** The store opens behind the sign-in screen; on a loaded machine that can take longer than store()'s 60 s. */
    private void waitForTheStore() {
        for (int attempt = 1; ; attempt++) {
            try {
                store();
                return;
            } catch (AssertionError notYet) {
                if (attempt == 3) {
                    throw notYet;
                }
            }
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    private Patient register(Session reception, String name, String phone) {
        return store().services().patients().register(reception.actor(), new PatientDetails(PersonName.parse(name),
                DateOfBirth.exact(LocalDate.of(1975, 2, 14), LocalDate.now()), Sex.F, PhoneNumber.parse(phone), "",
                List.of()));
    }
}
