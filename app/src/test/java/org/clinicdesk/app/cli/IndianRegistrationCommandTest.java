package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clinicdesk.core.patient.AbhaNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code patient add} takes an Indian registration (relative, village, district, state, PIN, ABHA, age alone) and
 * stores the phone in E.164, so every spelling of the number finds the patient; bad particulars exit 2 naming the
 * field and store nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndianRegistrationCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ABHA_BODY = "9176543210987";
    private ClinicDay day;

    @BeforeAll
    void setUp(@TempDir Path home) {
        day = ClinicDay.initialised(home.resolve("data"));
    }

    @Test
    void anIndianRegistrationIsStoredWholeAndFoundByEverySpellingOfThePhone() throws Exception {
        String abha = ABHA_BODY + AbhaNumber.checkDigit(ABHA_BODY);
        JsonNode patient = JSON.readTree(day.ok(day.desk("patient", "add", "--name", "Lakshmi Devi", "--age", "42",
                "--sex", "F", "--phone", "098450 12399", "--relation", "w/o", "--relative", "Suresh Babu",
                "--village", "Kuppam", "--district", "Chittoor", "--state", "andhra pradesh", "--pin", "517 425",
                "--abha", abha, "--json"))).get("patient");

        assertThat(patient.get("phone").asText()).isEqualTo("+919845012399");
        assertThat(patient.get("relative").asText()).isEqualTo("W/O Suresh Babu");
        assertThat(patient.get("state").asText()).isEqualTo("Andhra Pradesh");
        assertThat(patient.get("pin").asText()).isEqualTo("517425");
        assertThat(patient.get("abha").asText()).isEqualTo("91-7654-3210-987" + abha.charAt(13));
        assertThat(patient.get("dateOfBirthEstimated").asBoolean()).isTrue();
        assertThat(java.time.Period.between(LocalDate.parse(patient.get("dateOfBirth").asText()), LocalDate.now())
                .getYears()).isEqualTo(42);
        String uhid = patient.get("uhid").asText();
        Map<String, String> row = patientRow(uhid);
        assertThat(row).containsEntry("relative_relation", "W/O").containsEntry("village", "Kuppam")
                .containsEntry("district", "Chittoor").containsEntry("abha_number", abha);

        for (String spelling : List.of("98450", "098450 12399", "9845012399", "+91 98450 12399")) {
            JsonNode found = JSON.readTree(day.ok(day.desk("patient", "find", spelling, "--json"))).get("patients");
            assertThat(found.findValuesAsText("uhid")).as(spelling).contains(uhid);
        }
    }

    @ParameterizedTest(name = "--{0} ''{1}'' is refused: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            abha     | 91-1234-5678-9012 | check digit
            abha     | 91-1234-5678      | has 10 digits
            pin      | 056001           | is not a PIN code
            state    | Ceylon           | is not an Indian state
            relation | X/O              | is not one of S/O, D/O, W/O, C/O
            """)
    void badParticularsExitTwoNamingTheFieldAndStoreNothing(String option, String value, String reason) {
        StoreDump before = StoreDump.of(day.cli.dataDir());
        List<String> args = new java.util.ArrayList<>(List.of("patient", "add", "--name", "Meena Iyer", "--age", "30",
                "--sex", "F", "--" + option, value));
        if (option.equals("relation")) {
            args.addAll(List.of("--relative", "Ravi Iyer"));
        }
        if (option.equals("abha") && value.endsWith("9012")) {
            String body = "9112345678901";
            int wrong = (AbhaNumber.checkDigit(body) + 1) % 10;
            args.set(args.size() - 1, body + wrong);
        }
        CliRun.Result result = day.desk(args.toArray(String[]::new));

        assertThat(result.exit()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).contains(option + ": ").contains(reason);
        assertThat(StoreDump.of(day.cli.dataDir()).table("patient")).isEqualTo(before.table("patient"));
    }

    private Map<String, String> patientRow(String uhid) {
        List<Map<String, String>> rows = StoreDump.of(day.cli.dataDir()).table("patient").stream()
                .filter(p -> uhid.equals(p.get("uhid"))).toList();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
