package org.clinicdesk.app.gui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.clinicdesk.app.gui.testsupport.Fields;
import org.clinicdesk.app.gui.testsupport.Reception;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * In the real window: reception opens a chart only through the emergency path with a reason; the administrator's
 * Audit log lists that access for review, filters by patient and saves the rows shown as CSV.
 */
class AuditLogWindowTest extends WindowTest {
    private static final String NAME = "Kamala Devi";
    private static final String REASON = "Collapsed in the waiting room, doctor on a home visit";

    @Test
    void anEmergencyChartOpeningIsReviewedFilteredAndExportedByTheAdministrator(FxRobot robot) throws Exception {
        signIn(robot, "reception");
        assertThat(robot.lookup("#reception-openChart").tryQuery()).isEmpty();
        new Reception(robot).register(NAME, "12/01/1950", "F", "9845098450");
        robot.clickOn("#reception-emergencyChart");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        Fields.typeInto(robot, ".dialog-pane .text-field", REASON);
        robot.push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#chart-name").tryQuery().map(n -> ((Label) n).getText().equals(NAME)).orElse(false));
        robot.interact(() -> workstation.openAuditLog());
        assertThat(robot.lookup("#auditTable").tryQuery()).as("reception has no audit log").isEmpty();
        String uhid = store().services().store().context().tx().inTransaction(
                () -> store().services().store().patients().search("Kamala", 1).get(0).uhid().value());
        signOut(robot);

        signIn(robot, "admin");
        Path csv = dataDir.resolveSibling(dataDir.getFileName() + "-audit.csv");
        workstation.chooseSaveFilesWith((owner, title, name, type, pattern) -> Optional.of(csv));
        robot.interact(() -> workstation.openAuditLog());
        waitUntil(() -> !rows(robot).isEmpty());

        robot.clickOn("#audit-emergencies");
        waitUntil(() -> rows(robot).stream().allMatch(r -> r.action().equals("EMERGENCY_ACCESS")));
        assertThat(rows(robot)).singleElement().satisfies(r -> {
            assertThat(r.user()).isEqualTo("reception");
            assertThat(r.patient()).isEqualTo(uhid);
            assertThat(r.detail()).endsWith("reason: " + REASON);
        });

        robot.interact(() -> robot.lookup("#audit-action").queryComboBox().setValue(""));
        Fields.typeInto(robot, "#audit-patient", uhid);
        robot.clickOn("#audit-search");
        waitUntil(() -> rows(robot).size() >= 2 && rows(robot).stream().allMatch(r -> r.patient().equals(uhid)));
        assertThat(rows(robot)).extracting(AuditRow::action).contains("PATIENT_REGISTERED", "EMERGENCY_ACCESS");

        robot.clickOn("#audit-export");
        waitUntil(() -> robot.lookup("#audit-message").queryAs(Label.class).getText().contains("saved to"));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(AuditCsv.HEADER);
        assertThat(lines).hasSize(rows(robot).size() + 1);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.contains("\"" + uhid + "\""));
        assertThat(String.join("\n", lines)).contains(REASON);
    }

    @SuppressWarnings("unchecked")
    private static List<AuditRow> rows(FxRobot robot) {
        return robot.lookup("#auditTable").tryQuery().map(t -> List.copyOf(((TableView<AuditRow>) t).getItems()))
                .orElse(List.of());
    }
}
