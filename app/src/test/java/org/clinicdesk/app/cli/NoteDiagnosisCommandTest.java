package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code note add --diagnosis CODE}: a code of the shipped ICD-10-CM list is stored coded; an unknown one is refused. */
class NoteDiagnosisCommandTest {
    @TempDir
    static Path dir;
    static ClinicDay day;
    static String uhid;

    @BeforeAll
    static void setUp() {
        day = ClinicDay.initialised(dir.resolve("store"));
        uhid = day.register("Meena Iyer", "1970-04-12", "F");
    }

    @Test
    void listedCodeIsStoredWithItsTitleAndSystem() {
        CliRun.Result added = day.doctor("note", "add", uhid, "--assessment", "Sugars high", "--diagnosis", "e11.9",
                "--diagnosis", "Viral fever", "--sign");
        assertThat(added.exit()).as(added.toString()).isZero();
        CliRun.Result shown = day.doctor("note", "show", added.out().strip());
        assertThat(shown.out()).contains("Diagnosis: Type 2 diabetes mellitus without complications (ICD-10-CM E11.9)")
                .contains("Diagnosis: Viral fever\n");
    }

    @Test
    void signedNoteDiagnosisIsExportedAsAnIcd10CmCondition() throws Exception {
        CliRun.Result added = day.doctor("note", "add", uhid, "--assessment", "BP high", "--diagnosis", "I10", "--sign");
        assertThat(added.exit()).as(added.toString()).isZero();
        Path file = dir.resolve("export.json");
        CliRun.Result exported = day.doctor("export", "fhir", uhid, "-o", file.toString());
        assertThat(exported.exit()).as(exported.toString()).isZero();
        com.fasterxml.jackson.databind.JsonNode bundle = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        java.util.List<String> codings = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode e : bundle.get("entry")) {
            com.fasterxml.jackson.databind.JsonNode r = e.get("resource");
            if ("Condition".equals(r.get("resourceType").asText()) && r.has("code") && r.get("code").has("coding")) {
                com.fasterxml.jackson.databind.JsonNode c = r.get("code").get("coding").get(0);
                codings.add(c.get("system").asText() + "|" + c.get("code").asText() + "|" + r.get("code").get("text").asText());
            }
        }
        assertThat(codings).contains("http://hl7.org/fhir/sid/icd-10-cm|I10|Essential (primary) hypertension");
    }

    @Test
    void codeOutsideTheListIsRefusedNamingTheFieldAndStoresNothing() {
        StoreDump before = StoreDump.of(day.cli.dataDir());
        CliRun.Result bad = day.doctor("note", "add", uhid, "--assessment", "x", "--diagnosis", "E11.99");
        assertThat(bad.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(bad.err()).contains("diagnosis").contains("'E11.99' is not a code of the shipped ICD-10-CM list");
        assertThat(StoreDump.of(day.cli.dataDir()).tables().get("soap_note")).isEqualTo(before.tables().get("soap_note"));
    }
}
