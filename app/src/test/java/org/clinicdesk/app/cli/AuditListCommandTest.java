package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the real command line: reception may not read a note or a chart, may with {@code --emergency REASON},
 * and administrators find that read in {@code audit list --emergency --json}, and a patient's reads under
 * {@code --patient}.
 */
class AuditListCommandTest {
    @TempDir
    static Path dir;
    static ClinicDay day;
    static String uhid;
    static String noteId;

    @BeforeAll
    static void setUp() throws Exception {
        day = ClinicDay.initialised(dir.resolve("store"));
        uhid = day.register("Lata Menon", "1969-07-21", "F");
        JsonNode note = new ObjectMapper().readTree(day.ok(day.doctor("note", "add", uhid, "--subjective", "Dizzy",
                "--assessment", "Vertigo", "--sign", "--json")));
        noteId = note.get("noteId").asText();
    }

    private static JsonNode json(CliRun.Result r) throws Exception {
        assertThat(r.exit()).as(r.toString()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void receptionReadsANoteOnlyForAnEmergencyAndTheAdministratorSeesTheReason() throws Exception {
        CliRun.Result refused = day.desk("note", "show", noteId);
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(ExitCode.PERMISSION_DENIED);
        assertThat(refused.err()).contains("may not read clinical notes");

        CliRun.Result emergency = day.desk("note", "show", noteId, "--emergency", "Fainted in the waiting room");
        assertThat(emergency.exit()).as(emergency.toString()).isZero();
        assertThat(emergency.out()).contains("A: Vertigo");

        JsonNode listed = json(day.admin("audit", "list", "--emergency", "--json"));
        assertThat(listed.get("count").asInt()).isEqualTo(1);
        JsonNode event = listed.get("events").get(0);
        assertThat(event.get("action").asText()).isEqualTo("EMERGENCY_ACCESS");
        assertThat(event.get("user").asText()).isEqualTo("desk1");
        assertThat(event.get("patient").asText()).isEqualTo(uhid);
        assertThat(event.get("entityId").asText()).isEqualTo(noteId);
        assertThat(event.get("detail").asText()).endsWith("reason: Fainted in the waiting room");

        JsonNode aboutPatient = json(day.admin("audit", "list", "--patient", uhid, "--json"));
        assertThat(aboutPatient.get("events").findValuesAsText("action"))
                .contains("PATIENT_REGISTERED", "NOTE_SIGNED", "EMERGENCY_ACCESS")
                .doesNotContain("SIGN_IN", "PATIENT_SEARCHED");
        assertThat(aboutPatient.get("events").findValuesAsText("patient")).containsOnly(uhid);
    }

    @Test
    void aVisitSummaryWrittenFromTheCommandLineIsOneExportEvent() throws Exception {
        Path pdf = dir.resolve("summary.pdf");
        CliRun.Result written = day.doctor("note", "summary", noteId, "-o", pdf.toString());
        assertThat(written.exit()).as(written.toString()).isZero();
        assertThat(java.nio.file.Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());

        JsonNode exported = json(day.admin("audit", "list", "--action", "summary-exported", "--json"));
        assertThat(exported.get("count").asInt()).isEqualTo(1);
        assertThat(exported.get("events").get(0).get("patient").asText()).isEqualTo(uhid);
        assertThat(exported.get("events").get(0).get("user").asText()).isEqualTo("doctor1");
    }

    @Test
    void onlyAdministratorsListTheTrailAndBadFiltersNameTheirField() {
        CliRun.Result doctor = day.doctor("audit", "list");
        assertThat(doctor.exit()).isEqualTo(ExitCode.PERMISSION_DENIED);
        assertThat(doctor.err()).contains("may not review the audit trail");
        CliRun.Result badDay = day.admin("audit", "list", "--day", "30/11/2026");
        assertThat(badDay.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badDay.err()).contains("day").contains("YYYY-MM-DD");
        assertThat(badDay.out()).isEmpty();
    }

    @Test
    void aDoctorOpensTheChartAsJsonAndTheOpeningIsListedForThatDay() throws Exception {
        JsonNode chart = json(day.doctor("patient", "show", uhid, "--json"));
        assertThat(chart.get("patient").get("uhid").asText()).isEqualTo(uhid);
        assertThat(chart.get("notes").get(0).get("id").asText()).isEqualTo(noteId);

        JsonNode opened = json(day.admin("audit", "list", "--by", "doctor1", "--action", "CHART_OPENED", "--day",
                java.time.LocalDate.now().toString(), "--json"));
        assertThat(opened.get("count").asInt()).isEqualTo(1);
        assertThat(opened.get("events").get(0).get("patient").asText()).isEqualTo(uhid);
    }
}
