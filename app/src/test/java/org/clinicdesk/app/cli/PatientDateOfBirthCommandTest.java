package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code patient add --dob} takes the date as the desk writes it (the clinic's order, day first by default) or an
 * age, which is stored as an estimate; the JSON keeps ISO dates; refused input exits 2 naming {@code dob} and stores
 * nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatientDateOfBirthCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private ClinicDay day;

    @BeforeAll
    void setUp(@TempDir Path home) {
        day = ClinicDay.initialised(home.resolve("data"));
    }

    @Test
    void aDateInTheClinicsOrderIsStoredAsThatDay() throws Exception {
        String uhid = day.register("Anita Desai", "14/08/1985", "F");

        Map<String, String> row = patientRow(uhid);
        assertThat(row.get("date_of_birth")).isEqualTo("1985-08-14");
        assertThat(row.get("dob_estimated")).isEqualTo("FALSE");
        JsonNode found = JSON.readTree(day.ok(day.desk("patient", "find", uhid, "--json"))).get("patients").get(0);
        assertThat(found.get("dateOfBirth").asText()).isEqualTo("1985-08-14");
        assertThat(found.get("dateOfBirthEstimated").asBoolean()).isFalse();
        assertThat(day.ok(day.desk("patient", "find", uhid))).contains("Anita Desai  14/08/1985  ");
    }

    @Test
    void anAgeIsStoredAsAnEstimatedDateOfBirth() throws Exception {
        String uhid = day.register("Ravi Shankar", "35 y", "M");

        Map<String, String> row = patientRow(uhid);
        LocalDate dob = LocalDate.parse(row.get("date_of_birth"));
        assertThat(row.get("dob_estimated")).isEqualTo("TRUE");
        assertThat(java.time.Period.between(dob, LocalDate.now()).getYears()).isEqualTo(35);
        JsonNode found = JSON.readTree(day.ok(day.desk("patient", "find", uhid, "--json"))).get("patients").get(0);
        assertThat(found.get("dateOfBirth").asText()).isEqualTo(dob.toString());
        assertThat(found.get("dateOfBirthEstimated").asBoolean()).isTrue();
        assertThat(day.ok(day.desk("patient", "find", uhid)))
                .contains("Ravi Shankar  ~" + dob.getYear() + " (estimated)  about 35 y M");
    }

    @ParameterizedTest(name = "--dob ''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            29/02/2023 | 2023 is not a leap year
            31/04/1990 | April has only 30 days
            14/13/1990 | has no month 13
            14/08/85   | two-digit year
            0 y        | is under a year
            131 y      | is over 130 years
            01/01/2999 | is in the future
            yesterday  | is not a date or an age
            """)
    void refusedInputExitsTwoNamingTheFieldAndStoresNothing(String dob, String reason) {
        StoreDump before = StoreDump.of(day.cli.dataDir());

        CliRun.Result result = day.desk("patient", "add", "--name", "Meena Iyer", "--dob", dob, "--sex", "F");

        assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).contains("dob: ").contains(reason);
        assertThat(result.out()).isEmpty();
        assertThat(StoreDump.of(day.cli.dataDir()).table("patient")).isEqualTo(before.table("patient"));
    }

    private Map<String, String> patientRow(String uhid) {
        List<Map<String, String>> rows = StoreDump.of(day.cli.dataDir()).table("patient").stream()
                .filter(p -> uhid.equals(p.get("uhid"))).toList();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
