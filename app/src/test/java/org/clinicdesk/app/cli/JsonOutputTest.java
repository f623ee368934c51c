package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** With --json, stdout is exactly one JSON document with the documented fields, and nothing else. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonOutputTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClinicDay day;

    @BeforeAll
    void setUp(@TempDir Path home) {
        day = ClinicDay.initialised(home.resolve("data"));
    }

    static JsonNode onlyDocument(CliRun.Result result) {
        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.err()).as("stderr").isEmpty();
        try {
            List<JsonNode> documents = MAPPER.readerFor(JsonNode.class).<JsonNode>readValues(result.out()).readAll();
            assertThat(documents).as("documents on stdout").hasSize(1);
            return documents.get(0);
        } catch (IOException e) {
            throw new AssertionError("stdout is not JSON:\n" + result.out(), e);
        }
    }

    @Test
    void patientAddGivesThePatientAndPossibleDuplicates() {
        JsonNode first = onlyDocument(day.desk("patient", "add", "--name", "Ravi Kumar", "--dob", "1975-06-01",
                "--sex", "M", "--phone", "+91 99000 11111", "--json"));
        JsonNode again = onlyDocument(day.desk("patient", "add", "--name", "Ravi Kumaar", "--dob", "1975-06-01",
                "--sex", "M", "--phone", "+91 99000 11111", "--json"));

        assertThat(first.at("/patient/uhid").asText()).matches("A-\\d{6}-[0-9A-Z]");
        assertThat(first.at("/patient/name").asText()).isEqualTo("Ravi Kumar");
        assertThat(first.at("/patient/dateOfBirth").asText()).isEqualTo("1975-06-01");
        assertThat(first.at("/patient/sex").asText()).isEqualTo("M");
        assertThat(first.at("/patient/phone").asText()).isEqualTo("+919900011111");
        assertThat(first.get("possibleDuplicates")).isEmpty();
        assertThat(again.at("/possibleDuplicates/0/uhid").asText()).isEqualTo(first.at("/patient/uhid").asText());
    }

    @Test
    void patientFindListsMatches() {
        String uhid = day.register("Meera Iyer", "1990-01-20", "F");

        JsonNode found = onlyDocument(day.desk("patient", "find", "Meera", "--json"));

        assertThat(found.get("query").asText()).isEqualTo("Meera");
        assertThat(found.get("patients")).anySatisfy(p -> assertThat(p.get("uhid").asText()).isEqualTo(uhid));
    }

    @Test
    void queueAddAndListGiveTheBoardFields() {
        String uhid = day.register("John Mensah", "1960-11-02", "M");

        JsonNode added = onlyDocument(day.desk("queue", "add", uhid, "--priority", "urgent", "--json"));
        JsonNode board = onlyDocument(day.desk("queue", "list", "--json"));

        assertThat(added.get("token").asText()).matches("A-\\d{3}");
        assertThat(added.get("status").asText()).isEqualTo("WAITING");
        assertThat(added.get("priority").asText()).isEqualTo("URGENT");
        assertThat(board.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode row = board.get("entries").get(0);
        for (String field : List.of("token", "uhid", "name", "age", "sex", "priority", "status", "waitedMinutes", "vitals")) {
            assertThat(row.has(field)).as(field).isTrue();
        }
        assertThat(board.get("entries")).anySatisfy(e -> {
            assertThat(e.get("uhid").asText()).isEqualTo(uhid);
            assertThat(e.get("name").asText()).isEqualTo("John Mensah");
            assertThat(e.get("vitals").asBoolean()).isFalse();
        });
    }

    @Test
    void vitalsAddGivesTheReadingAndNews2() {
        String uhid = day.register("Olga Ivanova", "1948-04-30", "F");

        JsonNode v = onlyDocument(day.nurse("vitals", "add", uhid, "--hr", "130", "--rr", "26", "--sbp", "88",
                "--dbp", "50", "--temp", "35.0", "--spo2", "90", "--scale", "2", "--oxygen", "--acvpu", "V", "--json"));

        assertThat(v.get("uhid").asText()).isEqualTo(uhid);
        assertThat(v.at("/vitals/hr").asInt()).isEqualTo(130);
        assertThat(v.at("/vitals/scale").asInt()).isEqualTo(2);
        assertThat(v.at("/vitals/oxygen").asBoolean()).isTrue();
        assertThat(v.at("/vitals/acvpu").asText()).isEqualTo("V");
        // RR 3, SpO2 scale 2 at 90 % on oxygen 0, oxygen 2, SBP 3, HR 2, V 3, 35.0 °C 3.
        assertThat(v.at("/news2/total").asInt()).isEqualTo(16);
        assertThat(v.at("/news2/redFlag").asBoolean()).isTrue();
        assertThat(v.at("/news2/response").asText()).isEqualTo("HIGH");
        assertThat(v.at("/news2/points/pulse").asInt()).isEqualTo(2);
        assertThat(v.at("/news2/points/consciousness").asInt()).isEqualTo(3);
    }

    @Test
    void noteAddGivesTheNoteIdAndStatus() {
        String uhid = day.register("Chen Wei", "2001-09-09", "M");

        JsonNode note = onlyDocument(day.doctor("note", "add", uhid, "--assessment", "Sprain", "--plan", "Rest",
                "--sign", "--json"));

        assertThat(note.get("noteId").asText()).matches("[0-9a-f-]{36}");
        assertThat(note.get("uhid").asText()).isEqualTo(uhid);
        assertThat(note.get("status").asText()).isEqualTo("SIGNED");
    }

    @Test
    void auditVerifyGivesEverySite() {
        JsonNode report = onlyDocument(day.admin("audit", "verify", "--json"));

        assertThat(report.get("intact").asBoolean()).isTrue();
        assertThat(report.at("/sites/0/site").asText()).isEqualTo("A");
        assertThat(report.at("/sites/0/intact").asBoolean()).isTrue();
        assertThat(report.at("/sites/0/eventsChecked").asInt()).isPositive();
    }

    @Test
    void anErrorWithJsonLeavesStdoutEmpty() {
        var result = day.desk("patient", "add", "--name", "Ravi Kumar", "--dob", "1975-13-01", "--sex", "M", "--json");

        assertThat(result.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("dob");
    }
}
