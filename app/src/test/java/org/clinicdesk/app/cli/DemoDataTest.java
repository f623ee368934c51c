package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** demo-data makes a believable day, the same one for the same seed, through the ordinary use cases. */
class DemoDataTest {
    @TempDir
    Path home;

    private ClinicDay demoStore(String name, String seed) {
        ClinicDay day = ClinicDay.initialised(home.resolve(name));
        day.ok(day.admin("demo-data", "--patients", "16", "--seed", seed));
        return day;
    }

    private static List<String> patients(ClinicDay day) {
        return StoreDump.of(day.cli.dataDir()).table("patient").stream()
                .map(p -> p.get("uhid") + " " + p.get("given_name") + " " + p.get("family_name") + " "
                        + p.get("date_of_birth") + " " + p.get("sex") + " " + p.get("phone"))
                .sorted().toList();
    }

    @Test
    void refusedOnAStoreWithARealPatientAndNothingIsWritten() {
        ClinicDay day = ClinicDay.initialised(home.resolve("clinic"));
        day.register("Lakshmi Menon", "19/07/1952", "F");
        StoreDump before = StoreDump.of(day.cli.dataDir());

        CliRun.Result result = day.admin("demo-data", "--patients", "3");

        assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(result.err()).contains("1 patient not made by the demo generator", "another data directory",
                "gui --demo");
        assertThat(result.out()).isEmpty();
        StoreDump after = StoreDump.of(day.cli.dataDir());
        for (String table : List.of("patient", "app_user", "queue_entry", "vitals", "soap_note")) {
            assertThat(after.table(table)).as(table).isEqualTo(before.table(table));
        }
    }

    @Test
    void allowedOnAFreshStoreAndAgainOnADemoStoreButNotOnceARealPatientJoins() {
        ClinicDay day = ClinicDay.initialised(home.resolve("demo"));

        day.ok(day.admin("demo-data", "--patients", "3", "--seed", "1"));
        day.ok(day.admin("demo-data", "--patients", "4", "--seed", "2"));
        assertThat(StoreDump.of(day.cli.dataDir()).table("patient")).hasSize(7);

        day.register("Lakshmi Menon", "19/07/1952", "F");
        CliRun.Result result = day.admin("demo-data", "--patients", "3");
        assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(StoreDump.of(day.cli.dataDir()).table("patient")).hasSize(8);
    }

    @Test
    void theSameSeedGivesTheSameClinicDay() {
        ClinicDay first = demoStore("first", "7");
        ClinicDay second = demoStore("second", "7");
        ClinicDay other = demoStore("other", "8");

        assertThat(patients(first)).hasSize(16).isEqualTo(patients(second));
        assertThat(patients(other)).isNotEqualTo(patients(first));
        assertThat(first.ok(first.desk("queue", "list", "--json")).replaceAll("\"(arrivedAt|waitedMinutes)\" : [^,]*", ""))
                .isEqualTo(second.ok(second.desk("queue", "list", "--json"))
                        .replaceAll("\"(arrivedAt|waitedMinutes)\" : [^,]*", ""));
    }

    @Test
    void theDayHasEveryQueueStateStaffVitalsAndNotes() {
        ClinicDay day = demoStore("day", "42");

        String board = day.ok(day.desk("queue", "list"));
        StoreDump dump = StoreDump.of(day.cli.dataDir());

        assertThat(board).contains("WAITING", "IN_TRIAGE", "READY_FOR_DOCTOR", "IN_CONSULTATION", "COMPLETED",
                "CANCELLED", "NO_SHOW", "emergency", "urgent", "vitals");
        assertThat(dump.table("app_user")).extracting(u -> u.get("username")).contains("reception", "nurse", "doctor");
        assertThat(dump.table("vitals")).isNotEmpty();
        assertThat(dump.table("soap_note")).extracting(n -> n.get("status")).contains("SIGNED", "DRAFT");
        assertThat(dump.table("patient")).anySatisfy(p -> assertThat(p.get("dob_estimated")).isEqualTo("TRUE"));
    }

    @Test
    void demoStaffSignInWithThePasswordTheScriptGave() {
        ClinicDay day = ClinicDay.initialised(home.resolve("data"));
        day.ok(day.admin("demo-data", "--patients", "3"));

        var asNurse = day.cli.with(Map.of(CliEnvironment.USER, "nurse", CliEnvironment.PASSWORD, ClinicDay.ADMIN_PASSWORD),
                "queue", "list");

        assertThat(asNurse.exit()).as(asNurse.toString()).isZero();
    }

    @Test
    void theWindowsFillerFillsADayOnceTheStaffExist() {
        ClinicDay day = ClinicDay.initialised(home.resolve("window"));
        for (String role : new String[] {"reception", "nurse", "doctor"}) {
            day.addUser(role, role, "window-demo-pass");
        }

        try (var store = org.clinicdesk.storage.LocalStore.open(day.cli.dataDir(), java.time.Clock.systemDefaultZone())) {
            var services = org.clinicdesk.app.ClinicServices.over(store);
            org.clinicdesk.app.demo.DemoData.fillDay(services, 42L, 12, "window-demo-pass".toCharArray());
        }

        String board = day.ok(day.desk("queue", "list"));
        assertThat(board.lines().skip(1)).hasSize(12);
        assertThat(board).contains("COMPLETED", "vitals");
    }
}
