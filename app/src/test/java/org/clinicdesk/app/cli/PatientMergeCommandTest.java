package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code patient merge KEEP ALIAS --reason}, through the real command line: the duplicate flag leads to it, the alias
 * UHID then finds and shows the kept patient's merged chart, the flag resolves, and the audit trail still verifies.
 */
class PatientMergeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private ClinicDay day;
    private String kept;
    private String duplicate;

    @BeforeEach
    void twoRegistrationsOfOnePerson(@TempDir Path home) {
        day = ClinicDay.initialised(home.resolve("data"));
        kept = day.register("Sunita Rao", "12/03/1979", "F");
        duplicate = day.register("Sunitha Rao", "12/03/1979", "F"); // the same phone: ClinicDay registers one number
        day.ok(day.nurse("vitals", "add", duplicate, "--hr", "88", "--rr", "16", "--sbp", "124", "--dbp", "80",
                "--temp", "37.1", "--spo2", "98"));
    }

    @Test
    void mergingMakesTheDuplicateAnAliasOfTheKeptPatient() throws Exception {
        assertThat(kinds(kept)).contains("duplicate_patient");

        JsonNode merged = JSON.readTree(day.ok(day.doctor("patient", "merge", kept, duplicate,
                "--reason", "Same phone and date of birth; registered twice", "--json")));

        assertThat(merged.get("kept").asText()).isEqualTo(kept);
        assertThat(merged.get("alias").asText()).isEqualTo(duplicate);
        CliRun.Result found = day.desk("patient", "find", duplicate);
        assertThat(day.ok(found)).contains(kept).doesNotContain(duplicate);
        assertThat(found.err()).contains(duplicate + " is an alias of " + kept);
        JsonNode byName = JSON.readTree(day.ok(day.desk("patient", "find", "Sunit", "--json")));
        assertThat(byName.get("patients")).hasSize(1);
        CliRun.Result shown = day.doctor("patient", "show", duplicate, "--json");
        JsonNode chart = JSON.readTree(day.ok(shown));
        assertThat(chart.get("patient").get("uhid").asText()).isEqualTo(kept);
        assertThat(chart.get("aliases").get(0).asText()).isEqualTo(duplicate);
        assertThat(chart.get("vitals")).hasSize(1); // taken under the duplicate's UHID
        assertThat(shown.err()).contains(duplicate + " is an alias of " + kept);
        assertThat(kinds(kept)).doesNotContain("duplicate_patient");
        assertThat(day.ok(day.admin("audit", "verify"))).contains("Site A: intact", "Records: all ");
        JsonNode events = JSON.readTree(day.ok(day.admin("audit", "list", "--action", "patient-merged", "--json")));
        assertThat(events.get("events").get(0).get("detail").asText())
                .isEqualTo(duplicate + " merged into " + kept + ": Same phone and date of birth; registered twice");
    }

    @Test
    void badMergesAreRefusedWithTheirReasonAndChangeNothing() {
        StoreDump before = StoreDump.of(day.cli.dataDir());

        assertThat(day.desk("patient", "merge", kept, duplicate, "--reason", "same").exit())
                .isEqualTo(ExitCode.PERMISSION_DENIED);
        CliRun.Result same = day.doctor("patient", "merge", kept, kept, "--reason", "same");
        assertThat(same.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(same.err()).contains("alias: ");
        assertThat(day.doctor("patient", "merge", kept, duplicate, "--reason", " ").exit())
                .isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(day.doctor("patient", "merge", kept, "A-999999-" + "0", "--reason", "x").exit())
                .isIn(ExitCode.NOT_FOUND, ExitCode.INVALID_INPUT);

        assertThat(StoreDump.of(day.cli.dataDir()).table("patient")).isEqualTo(before.table("patient"));

        day.ok(day.admin("patient", "merge", kept, duplicate, "--reason", "registered twice"));
        CliRun.Result again = day.doctor("patient", "merge", duplicate, kept, "--reason", "the other way");
        assertThat(again.exit()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(again.err()).contains(duplicate + " is already merged into " + kept);
    }

    private List<String> kinds(String uhid) throws Exception {
        List<String> kinds = new ArrayList<>();
        JSON.readTree(day.ok(day.doctor("flags", uhid, "--json"))).get("flags")
                .forEach(f -> kinds.add(f.get("kind").asText()));
        return kinds;
    }
}
