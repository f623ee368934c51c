package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator's staff verbs and {@code user passwd}, through the real command line. */
class StaffCommandsTest {
    @TempDir
    Path home;
    private ClinicDay day;

    @BeforeEach
    void clinic() {
        day = ClinicDay.initialised(home.resolve("data"));
    }

    private CliRun.Result adminWithNewPassword(String newPassword, String... args) {
        return day.cli.with(Map.of(CliEnvironment.USER, "admin", CliEnvironment.PASSWORD, ClinicDay.ADMIN_PASSWORD,
                CliEnvironment.NEW_PASSWORD, newPassword), args);
    }

    private CliRun.Result passwd(String user, String current, String chosen) {
        return day.cli.with(Map.of(CliEnvironment.USER, user, CliEnvironment.PASSWORD, current,
                CliEnvironment.NEW_PASSWORD, chosen), "user", "passwd");
    }

    private JsonNode user(String name) {
        JsonNode list = JsonOutputTest.onlyDocument(day.admin("user", "list", "--json"));
        for (JsonNode u : list.get("users")) {
            if (u.get("username").asText().equals(name)) {
                return u;
            }
        }
        throw new AssertionError("no user " + name + " in " + list);
    }

    @Test
    void theListShowsEveryUserAsJson() {
        JsonNode list = JsonOutputTest.onlyDocument(day.admin("user", "list", "--json"));

        assertThat(list.get("users")).extracting(u -> u.get("username").asText())
                .containsExactly("admin", "desk1", "doctor1", "nurse1");
        JsonNode nurse = user("nurse1");
        assertThat(nurse.get("role").asText()).isEqualTo("nurse");
        assertThat(nurse.get("active").asBoolean()).isTrue();
        assertThat(nurse.get("mustChangePassword").asBoolean()).isFalse();
        assertThat(nurse.get("lockedHereUntil").isNull()).isTrue();
        assertThat(nurse.has("displayName")).isTrue();
    }

    @Test
    void aDisabledUserIsRefusedUntilEnabledAgain() {
        assertThat(day.ok(day.admin("user", "disable", "nurse1", "--reason", "on leave"))).contains("Disabled nurse1.");

        var refused = day.nurse("queue", "list");
        assertThat(refused.exit()).isEqualTo(ExitCode.SIGN_IN_FAILED);
        assertThat(refused.err()).contains("This account is disabled; ask an administrator.");
        assertThat(user("nurse1").get("active").asBoolean()).isFalse();

        day.ok(day.admin("user", "enable", "nurse1"));
        day.ok(day.nurse("queue", "list"));
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        var result = day.admin("user", "disable", "admin");

        assertThat(result.exit()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(result.err()).contains("your own account");
    }

    @Test
    void anUnknownNameIsNotFound() {
        var result = day.admin("user", "disable", "nobody");

        assertThat(result.exit()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(result.err()).contains("User not found: nobody");
    }

    @Test
    void onlyAnAdministratorManagesStaff() {
        for (String[] verb : new String[][] {{"user", "list"}, {"user", "disable", "nurse1"}, {"user", "enable", "nurse1"},
                {"user", "unlock", "nurse1"}}) {
            var result = day.doctor(verb);
            assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCode.PERMISSION_DENIED);
            assertThat(result.err()).contains("may not manage users");
        }
        var reset = day.cli.with(Map.of(CliEnvironment.USER, "doctor1", CliEnvironment.PASSWORD, ClinicDay.DOCTOR_PASSWORD,
                CliEnvironment.NEW_PASSWORD, "temporary-1"), "user", "reset-password", "nurse1");
        assertThat(reset.exit()).isEqualTo(ExitCode.PERMISSION_DENIED);
    }

    @Test
    void aResetPasswordMustBeChangedWithPasswdBeforeAnythingElse() {
        day.ok(adminWithNewPassword("temporary-1", "user", "reset-password", "nurse1"));
        assertThat(user("nurse1").get("mustChangePassword").asBoolean()).isTrue();

        var refused = day.cli.as("nurse1", "temporary-1", "queue", "list");
        assertThat(refused.exit()).isEqualTo(ExitCode.SIGN_IN_FAILED);
        assertThat(refused.err()).contains("clinicdesk --user nurse1 user passwd");
        assertThat(day.nurse("queue", "list").exit()).as("the old password stopped working")
                .isEqualTo(ExitCode.SIGN_IN_FAILED);

        assertThat(day.ok(passwd("nurse1", "temporary-1", "chosen-by-nurse"))).contains("Changed the password of nurse1.");

        day.ok(day.cli.as("nurse1", "chosen-by-nurse", "queue", "list"));
        assertThat(user("nurse1").get("mustChangePassword").asBoolean()).isFalse();
    }

    @Test
    void passwdRefusesAWrongCurrentPasswordAndAShortNewOne() {
        var wrong = passwd("nurse1", "not-my-password", "chosen-by-nurse");
        var shortOne = passwd("nurse1", ClinicDay.NURSE_PASSWORD, "short");

        assertThat(wrong.exit()).isEqualTo(ExitCode.SIGN_IN_FAILED);
        assertThat(shortOne.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(shortOne.err()).contains("new password: must have at least 8 characters");
        day.ok(day.nurse("queue", "list"));
    }

    @Test
    void anAdministratorUnlocksAnAccountLockedOnThisDesk() {
        for (int i = 0; i < 5; i++) {
            day.cli.as("nurse1", "wrong-password", "queue", "list");
        }
        assertThat(day.nurse("queue", "list").err()).contains("locked");
        assertThat(user("nurse1").get("lockedHereUntil").isNull()).isFalse();

        assertThat(day.ok(day.admin("user", "unlock", "nurse1"))).contains("Unlocked nurse1 on this desk.");

        day.ok(day.nurse("queue", "list"));
        var again = day.admin("user", "unlock", "nurse1");
        assertThat(again.exit()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(again.err()).contains("not locked on this desk");
    }
}
