package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import fhir} over the shared Synthea bundles: counts per type against the files, idempotence, dry run. */
class FhirImportTest {
    static final Path SYNTHEA = SharedData.dir("fhir-synthea");
    static final ObjectMapper JSON = new ObjectMapper();
    /** Tables an import writes to; the sign-in's audit event is written by every command and is left out. */
    static final List<String> RECORD_TABLES = List.of("patient", "history_entry", "fhir_import_source", "vitals",
            "soap_note", "document");

    @TempDir
    static Path dir;
    static ClinicDay day;
    static JsonNode first;

    @BeforeAll
    static void importEverySyntheaBundle() throws IOException {
        day = ClinicDay.initialised(dir.resolve("store"));
        first = json(day.admin("import", "fhir", SYNTHEA.toString(), "--json"));
    }

    static JsonNode json(CliRun.Result r) throws IOException {
        assertThat(r.exit()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    /** Resource counts per type as the file holds them, read with plain Jackson rather than HAPI. */
    static Map<String, Integer> countsInFile(Path file) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode e : JSON.readTree(file.toFile()).get("entry")) {
            counts.merge(e.get("resource").get("resourceType").asText(), 1, Integer::sum);
        }
        return counts;
    }

    static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(SYNTHEA)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static Map<String, List<Map<String, String>>> records(Path dataDir) {
        StoreDump dump = StoreDump.of(dataDir);
        Map<String, List<Map<String, String>>> tables = new TreeMap<>();
        RECORD_TABLES.forEach(t -> tables.put(t, dump.table(t)));
        return tables;
    }

    @Test
    void everySyntheaBundleImportsWithCountsMatchingTheFileLessTheReportedUnsupported() throws IOException {
        assertThat(first.get("ok").asBoolean()).isTrue();
        assertThat(first.get("files")).hasSize(bundles().size());
        for (Path bundle : bundles()) {
            JsonNode outcome = null;
            for (JsonNode f : first.get("files")) {
                if (f.get("file").asText().endsWith(bundle.getFileName().toString())) {
                    outcome = f;
                }
            }
            assertThat(outcome).as(bundle.toString()).isNotNull();
            checkCounts(bundle, outcome);
        }
    }

    private static void checkCounts(Path bundle, JsonNode outcome) throws IOException {
        {
            assertThat(outcome.get("status").asText()).isEqualTo("IMPORTED");
            Map<String, Integer> inFile = countsInFile(bundle);
            JsonNode counts = outcome.get("counts");
            assertThat(counts.size()).isEqualTo(inFile.size());
            inFile.forEach((type, n) -> {
                JsonNode c = counts.get(type);
                assertThat(c.get("in").asInt()).as(type).isEqualTo(n);
                int listed = 0;
                for (JsonNode s : outcome.get("notStored")) {
                    listed += s.get("resourceType").asText().equals(type) ? 1 : 0;
                }
                assertThat(c.get("unsupported").asInt()).as(type + " not kept, each listed").isEqualTo(listed);
                assertThat(c.get("stored").asInt()).as(type).isEqualTo(n - c.get("unsupported").asInt());
            });
            assertThat(counts.get("Claim").get("unsupported").asInt()).isEqualTo(inFile.get("Claim"));
            assertThat(counts.get("Observation").get("stored").asInt()).isEqualTo(inFile.get("Observation"));
            assertThat(outcome.get("patients")).hasSize(1);
        }
    }

    @Test
    void everyImportedPatientOpensInTheChartWithEveryRecordItsFileStored() {
        assertThat(first.get("charts")).hasSize(6);
        Map<String, Integer> historyByUhid = new java.util.HashMap<>();
        for (JsonNode f : first.get("files")) {
            int history = 0;
            for (java.util.Iterator<Map.Entry<String, JsonNode>> it = f.get("counts").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> type = it.next();
                boolean kept = !type.getKey().equals("Patient") && !type.getKey().equals("AllergyIntolerance");
                history += kept ? type.getValue().get("stored").asInt() : 0;
            }
            historyByUhid.put(f.get("patients").get(0).asText(), history);
        }
        for (JsonNode c : first.get("charts")) {
            assertThat(c.get("opens").asBoolean()).as(c.toString()).isTrue();
            assertThat(c.get("historyEntries").asInt()).as(c.toString()).isPositive()
                    .isEqualTo(historyByUhid.get(c.get("uhid").asText()));
            assertThat(c.get("notes").asInt()).as(c.toString()).isZero();
        }
    }

    @Test
    void secondImportAddsNothing() throws IOException {
        Map<String, List<Map<String, String>>> before = records(day.cli.dataDir());
        JsonNode again = json(day.admin("import", "fhir", SYNTHEA.toString(), "--json"));
        assertThat(records(day.cli.dataDir())).isEqualTo(before);
        again.get("totals").fields().forEachRemaining(t -> {
            assertThat(t.getValue().get("stored").asInt()).as(t.getKey()).isZero();
            assertThat(t.getValue().get("alreadyImported").asInt() + t.getValue().get("unsupported").asInt())
                    .as(t.getKey()).isEqualTo(t.getValue().get("in").asInt());
        });
    }

    @Test
    void dryRunWritesNothing() throws IOException {
        ClinicDay fresh = ClinicDay.initialised(dir.resolve("dry"));
        Map<String, List<Map<String, String>>> before = records(fresh.cli.dataDir());
        JsonNode report = json(fresh.admin("import", "fhir", SYNTHEA.toString(), "--dry-run", "--json"));
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("totals").get("Patient").get("stored").asInt()).isEqualTo(6);
        assertThat(records(fresh.cli.dataDir())).isEqualTo(before);
        StoreDump dump = StoreDump.of(fresh.cli.dataDir());
        Set<String> actions = new HashSet<>();
        dump.table("audit_event").forEach(r -> actions.add(r.get("action")));
        assertThat(actions).doesNotContain("RECORDS_IMPORTED", "PATIENT_REGISTERED", "HISTORY_ADDED");
    }

    @Test
    void eachPatientsAllergiesOfAFileAreOneAuditedEditAndTheStoreVerifies() {
        StoreDump dump = StoreDump.of(day.cli.dataDir());
        // Kermit Trantow's bundle lists three allergies: one patient edit records them, audited with its row digest.
        String kermit = dump.table("patient").stream().filter(r -> r.get("given_name").startsWith("Kermit"))
                .map(r -> r.get("id")).findFirst().orElseThrow();
        assertThat(dump.table("audit_event")).filteredOn(r -> "PATIENT_EDITED".equals(r.get("action"))
                && kermit.equals(r.get("entity_id"))).hasSize(1).allMatch(r -> !r.get("row_digest").isEmpty());
        CliRun.Result verify = day.admin("audit", "verify");
        assertThat(verify.exit()).as(verify.toString()).isZero();
    }

    @Test
    void onlyAnAdministratorImports() {
        CliRun.Result r = day.nurse("import", "fhir", SYNTHEA.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.PERMISSION_DENIED);
        assertThat(r.err()).contains("may not import records");
    }

    @Test
    void textReportNamesEachFileAndWhatWasNotKept() {
        CliRun.Result r = day.admin("import", "fhir", SYNTHEA.resolve(
                "Kermit_Trantow_f1a650a5-737e-4fd7-828e-03c3348b9524.json").toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Imported ").contains("Kermit_Trantow").contains("ExplanationOfBenefit")
                .contains("imported before").contains("opens");
    }

    @Test
    void aLikelyDuplicateIsFlaggedAndNotMerged() throws IOException {
        ClinicDay other = ClinicDay.initialised(dir.resolve("dup"));
        String typed = other.ok(other.desk("patient", "add", "--name", "Buster Hoeger", "--dob", "1988-03-16",
                "--sex", "M", "--phone", "555-866-2259")).strip();
        JsonNode report = json(other.admin("import", "fhir",
                SYNTHEA.resolve("Buster_Hoeger_ad2e3fc5-2b5d-4cb9-8d03-9ea0f4ac8423.json").toString(), "--json"));
        JsonNode flag = report.get("files").get(0).get("likelyDuplicates").get(0);
        assertThat(flag.get("existingUhid").asText()).isEqualTo(typed);
        assertThat(flag.get("uhid").asText()).isNotEqualTo(typed);
        assertThat(flag.get("reasons").toString()).contains("same phone", "same date of birth", "similar name");
        assertThat(other.ok(other.desk("patient", "find", "Hoeger")).lines().count()).isEqualTo(2);
    }
}
