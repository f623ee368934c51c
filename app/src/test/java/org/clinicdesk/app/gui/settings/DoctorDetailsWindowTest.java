package org.clinicdesk.app.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.app.gui.testsupport.Fields.label;

import javafx.scene.control.ComboBox;
import org.clinicdesk.app.gui.testsupport.Fields;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.site.DoctorDetails;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A doctor's printed details in the real window: the doctor fills in their own (a bad field is named and nothing is
 * stored), an administrator picks a doctor and edits theirs; each save is audited as three setting changes.
 */
class DoctorDetailsWindowTest extends WindowTest {

    private void fill(FxRobot robot, String name, String qualification, String registration) {
        Fields.fill(robot, "#doctorFullName", name);
        Fields.fill(robot, "#doctorQualification", qualification);
        Fields.fill(robot, "#doctorRegistration", registration);
        robot.clickOn("#doctorDetailsSave");
    }

    private long settingChanges() {
        return auditActions("A").stream().filter("CLINIC_SETTING_CHANGED"::equals).count();
    }

    @Test
    void aDoctorSetsTheirOwnAndABadFieldIsNamedFirst(FxRobot robot) {
        signIn(robot, "doctor");
        robot.interact(() -> workstation.openDoctorDetails());
        waitUntil(() -> label(robot, "#doctorDetailsMessage").startsWith("Not set yet"));
        @SuppressWarnings("unchecked")
        ComboBox<String> doctor = robot.lookup("#doctorDetailsDoctor").queryAs(ComboBox.class);
        assertThat(doctor.getItems()).as("a doctor edits only their own").containsExactly("doctor");

        fill(robot, "Dr. Asha Rao", "MBBS, MD", "#12");
        waitUntil(() -> label(robot, "#doctorDetailsMessage").contains("registration"));
        assertThat(store().services().settings().doctorDetails("doctor")).isEmpty();
        assertThat(settingChanges()).isZero();

        fill(robot, "Dr. Asha Rao", "MBBS, MD", "KMC 12345");
        waitUntil(() -> label(robot, "#doctorDetailsMessage").startsWith("Saved"));
        assertThat(store().services().settings().doctorDetails("doctor"))
                .contains(new DoctorDetails("Dr. Asha Rao", "MBBS, MD", "KMC 12345"));
        assertThat(settingChanges()).isEqualTo(3);
    }

    @Test
    void anAdministratorEditsADoctorsDetails(FxRobot robot) {
        signIn(robot, "admin");
        assertThat(menuIds(robot)).contains("menu-doctorDetails");
        robot.interact(() -> workstation.openDoctorDetails());
        @SuppressWarnings("unchecked")
        ComboBox<String> doctor = robot.lookup("#doctorDetailsDoctor").queryAs(ComboBox.class);
        waitUntil(() -> doctor.getItems().contains("doctor"));
        assertThat(doctor.getItems()).doesNotContain("nurse", "reception");
        robot.interact(() -> doctor.setValue("doctor"));

        fill(robot, "Dr. Vikram Shah", "MBBS", "MMC 2020/123");
        waitUntil(() -> label(robot, "#doctorDetailsMessage").startsWith("Saved"));
        assertThat(store().services().settings().doctorDetails("doctor").map(DoctorDetails::fullName))
                .contains("Dr. Vikram Shah");
    }

    @Test
    void aNurseHasNoSuchMenu(FxRobot robot) {
        signIn(robot, "nurse");
        assertThat(menuIds(robot)).doesNotContain("menu-doctorDetails");
    }

    private static java.util.List<String> menuIds(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).map(javafx.scene.control.MenuItem::getId)
                .filter(java.util.Objects::nonNull).toList();
    }
}
