package org.clinicdesk.app.gui.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import org.clinicdesk.app.gui.testsupport.Fields;
import org.clinicdesk.app.gui.testsupport.Reception;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Bad input in any registration field is refused with its reason beside that field, and nothing is saved. */
class RegistrationFormTest extends WindowTest {
    private static final Map<String, String> GOOD = Map.of("name", "Anita Desai", "dob", "06/05/1984", "sex", "F",
            "phone", "98450 12345", "address", "12 Temple Road", "allergies", "penicillin");

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("name", "", "Name is missing"),
                Arguments.of("name", "R2-D2", "may contain only letters"),
                Arguments.of("dob", "06/05/84", "two-digit year"),
                Arguments.of("dob", "29/02/2023", "2023 is not a leap year"),
                Arguments.of("dob", "131 y", "is over 130 years"),
                Arguments.of("dob", "2999-01-01", "is in the future"),
                Arguments.of("sex", "", "Sex is missing"),
                Arguments.of("phone", "call me", "may contain only digits"),
                Arguments.of("phone", "123", "must have 6 to 15 digits"),
                Arguments.of("address", "x".repeat(501), "longer than 500 characters"),
                Arguments.of("allergies", "y".repeat(101), "longer than 100 characters"),
                Arguments.of("abha", "91-1234-5678-9012", "fails its check digit"),
                Arguments.of("abha", "1234", "has 4 digits"),
                Arguments.of("pin", "05611", "is not a PIN code"),
                Arguments.of("state", "Atlantis", "is not an Indian state"));
    }

    /** One window for every case: opening a window per case cost ~10 s each and tested nothing more. */
    @Test
    void badFieldIsRefusedBesideItAndNothingIsSaved(FxRobot robot) {
        signIn(robot, "reception");
        long before = store().changeMarker();
        Reception desk = new Reception(robot);
        badFields().map(Arguments::get).forEach(args -> {
            String field = (String) args[0];
            String bad = (String) args[1];
            String reason = (String) args[2];
            desk.openRegistration();
            fill(robot, field, bad);
            desk.save();

            waitUntil(() -> !text(robot, "#error-" + field).isEmpty());
            assertThat(text(robot, "#error-" + field)).as(field + " = " + bad).contains(reason);
            assertThat(robot.lookup("#error-" + field).queryAs(Label.class).isVisible()).isTrue();
            GOOD.keySet().stream().filter(f -> !f.equals(field))
                    .forEach(f -> assertThat(text(robot, "#error-" + f)).as(f).isEmpty());
            assertThat(text(robot, "#formMessage")).contains("need fixing");
            assertThat(robot.lookup("#form-name").tryQuery()).as("the form stays open").isPresent();
            assertThat(store().changeMarker()).as("nothing written").isEqualTo(before);
            assertThat(patientCount()).isZero();
            robot.clickOn("#cancelPatient");
            waitUntil(() -> robot.lookup("#form-name").tryQuery().isEmpty());
        });
    }

    @Test
    void everyBadFieldAtOnceGetsItsOwnMessage(FxRobot robot) {
        signIn(robot, "reception");
        long before = store().changeMarker();
        Reception desk = new Reception(robot);
        desk.openRegistration();
        Fields.typeInto(robot, "#form-name", "4 Fingers");
        Fields.typeInto(robot, "#form-dob", "yesterday");
        Fields.typeInto(robot, "#form-phone", "phone");
        Fields.typeInto(robot, "#form-allergies", "z".repeat(101));
        desk.save();
        waitUntil(() -> !text(robot, "#error-name").isEmpty());
        assertThat(text(robot, "#error-name")).startsWith("Name");
        assertThat(text(robot, "#error-dob")).startsWith("Date of birth");
        assertThat(text(robot, "#error-sex")).startsWith("Sex");
        assertThat(text(robot, "#error-phone")).startsWith("Phone");
        assertThat(text(robot, "#error-allergies")).startsWith("Allergies");
        assertThat(text(robot, "#error-address")).isEmpty();
        assertThat(store().changeMarker()).isEqualTo(before);
        assertThat(patientCount()).isZero();
    }

    @Test
    void likelyDuplicateOffersTheRegisteredPatientByDefaultAndRegistersOnlyOnADeliberateClick(FxRobot robot) {
        signIn(robot, "reception");
        Reception desk = new Reception(robot);
        desk.register("Anita Desai", "1984-05-06", "F", "9845012345");
        desk.openRegistration();
        desk.fill("Anita Desai", "1984-05-06", "F", "+91 98450 12345");
        desk.save();
        waitUntil(() -> robot.lookup("#duplicateWarning").tryQuery().map(n -> n.isVisible()).orElse(false));
        var registerAnyway = robot.lookup("#savePatient").queryButton();
        assertThat(registerAnyway.getText()).isEqualTo("_Register anyway");
        assertThat(registerAnyway.isDefaultButton()).as("registering anyway is not the default").isFalse();
        var use = robot.lookup("#duplicates .button").queryButton();
        assertThat(use.getText()).isEqualTo("_Use this patient");
        assertThat(use.isDefaultButton()).isTrue();
        assertThat(robot.lookup("#duplicates .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList()).anySatisfy(t -> assertThat(t).contains("Anita Desai", "same phone"));

        robot.interact(registerAnyway::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(patientCount()).as("Enter on Register anyway registers nobody").isEqualTo(1);
        robot.interact(() -> robot.lookup("#form-name").queryTextInputControl().requestFocus());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#form-name").tryQuery().isEmpty());
        assertThat(robot.lookup("#receptionMessage").queryAs(Label.class).getText()).contains("already registered");
        assertThat(patientCount()).as("Enter took the registered patient").isEqualTo(1);

        desk.openRegistration();
        desk.fill("Anita Desai", "1984-05-06", "F", "098450 12345");
        desk.save();
        waitUntil(() -> robot.lookup("#duplicateWarning").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("#savePatient");
        waitUntil(() -> robot.lookup("#form-name").tryQuery().isEmpty());
        assertThat(patientCount()).as("a click on Register anyway registers").isEqualTo(2);
    }

    @Test
    void theDateFieldAsksForTheClinicsOrderOrAnAgeAndAnAgeIsKeptAsAnEstimate(FxRobot robot) {
        signIn(robot, "reception");
        Reception desk = new Reception(robot);
        desk.openRegistration();
        assertThat(robot.lookup("#form-dob").queryTextInputControl().getPromptText())
                .isEqualTo("DD/MM/YYYY or age (35 y)");
        robot.clickOn("#cancelPatient");
        waitUntil(() -> robot.lookup("#form-name").tryQuery().isEmpty());

        desk.register("Ravi Shankar", "35 y", "M", "9845012399");
        desk.register("Anita Desai", "14/08/1985", "F", "9845012345");

        var local = store().services().store();
        var ravi = local.context().tx().inTransaction(() -> local.patients().search("Ravi", 5)).get(0);
        var anita = local.context().tx().inTransaction(() -> local.patients().search("Anita", 5)).get(0);
        assertThat(ravi.dateOfBirth().estimated()).isTrue();
        assertThat(ravi.dateOfBirth().ageOn(java.time.LocalDate.now())).isEqualTo(35);
        assertThat(anita.dateOfBirth()).isEqualTo(new org.clinicdesk.core.patient.DateOfBirth(
                java.time.LocalDate.of(1985, 8, 14), false));
    }

    private void fill(FxRobot robot, String badField, String badValue) {
        Map<String, String> values = new java.util.HashMap<>(GOOD);
        values.put(badField, badValue);
        for (String f : new String[] {"name", "dob", "phone", "address", "allergies", "abha", "pin"}) {
            String v = values.getOrDefault(f, "");
            var field = robot.lookup("#form-" + f).queryTextInputControl();
            // Long values are set rather than typed: typing 500 characters one by one adds nothing to the test.
            if (v.length() > 40) {
                robot.interact(() -> field.setText(v));
            } else if (!v.isEmpty()) {
                robot.clickOn(field);
                Fields.typeAtOnce(robot, v);
            }
        }
        @SuppressWarnings("unchecked")
        var sex = (javafx.scene.control.ComboBox<String>) robot.lookup("#form-sex").query();
        String s = values.get("sex");
        robot.interact(() -> sex.setValue(s.isEmpty() ? null : s));
        String state = values.getOrDefault("state", "");
        if (!state.isEmpty()) {
            Fields.typeInto(robot, "#form-state-text", state);
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
