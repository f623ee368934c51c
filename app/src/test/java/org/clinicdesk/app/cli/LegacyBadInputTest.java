package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus for {@code import legacy-json} (FhirBadInputTest is the same corpus for {@code import fhir}):
 * a broken file is refused naming the file, the position (line and column, or JSON pointer) and the reason, and
 * stores nothing; a malformed record or an orphan is skipped naming its JSON pointer, and stores no part of itself.
 */
class LegacyBadInputTest {
    static final String PATIENT = "{\"PAT_A\":{\"patient_id\":\"PAT_A\",\"name\":\"Asha Rao\",\"age\":40,"
            + "\"gender\":\"female\",\"phone\":\"9845000001\",\"created_at\":\"2025-10-01T09:00:00\"}}";

    @TempDir
    static Path dir;
    static ClinicDay day;
    static int exports;

    @BeforeAll
    static void storeWithOneImportedPatient() throws IOException {
        day = ClinicDay.initialised(dir.resolve("store"));
        day.ok(day.admin("import", "legacy-json", export(Map.of("patients.json", PATIENT)).toString()));
    }

    /** A new export folder holding {@code files} (name to content). */
    static Path export(Map<String, String> files) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("export-" + exports++));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(folder.resolve(f.getKey()), f.getValue());
        }
        return folder;
    }

    static Map<String, List<Map<String, String>>> records() {
        StoreDump dump = StoreDump.of(day.cli.dataDir());
        Map<String, List<Map<String, String>>> tables = new TreeMap<>();
        LegacyImportTest.RECORD_TABLES.forEach(t -> tables.put(t, dump.table(t)));
        tables.put("sequence", dump.table("sequence_counter"));
        return tables;
    }

    /** Imports {@code folder}; its one file is refused naming the file, the position and the reason; nothing changes. */
    static CliRun.Result fileRefused(Path folder, String file, String... reason) {
        Map<String, List<Map<String, String>>> before = records();
        CliRun.Result r = day.admin("import", "legacy-json", folder.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("Not imported: " + folder.resolve(file)).contains(reason);
        assertThat(r.out()).contains("FAILED " + folder.resolve(file)).contains("nothing from it was stored");
        assertThat(records()).isEqualTo(before);
        return r;
    }

    /** Imports {@code folder}; the record at {@code pointer} is skipped with the reason, and stores nothing. */
    static CliRun.Result recordSkipped(Path folder, String file, String pointer, String... reason) {
        Map<String, List<Map<String, String>>> before = records();
        CliRun.Result r = day.admin("import", "legacy-json", folder.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("Skipped: " + folder.resolve(file) + " " + pointer).contains(reason);
        assertThat(records()).isEqualTo(before);
        return r;
    }

    @Test
    void truncatedJsonIsRefusedNamingLineAndColumn() throws IOException {
        String whole = Files.readString(SharedData.dir("legacy-json/sample/patients.json"));
        fileRefused(export(Map.of("patients.json", whole.substring(0, whole.length() / 2))), "patients.json",
                "patients.json line ", ", column ", "is not valid JSON");
    }

    @Test
    void aFhirResourceInsteadOfTheExportIsRefusedNamingItsResourceType() throws IOException {
        fileRefused(export(Map.of("patients.json", "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[]}")),
                "patients.json", "/resourceType: is Bundle", "import fhir");
    }

    @Test
    void aFileOfTheWrongShapeIsRefused() throws IOException {
        fileRefused(export(Map.of("queue.json", "{\"Q_1\":{}}")), "queue.json",
                "/: is an object; queue.json is a list of queue rows");
    }

    @Test
    void aNoteForAPatientThatDoesNotExistIsAnOrphan() throws IOException {
        recordSkipped(export(Map.of("notes.json", "{\"PAT_NOBODY\":[{\"note_id\":\"N1\",\"patient_id\":\"PAT_NOBODY\","
                + "\"created_at\":\"2025-11-01T09:00:00\",\"content\":{\"subjective\":\"Cough\"}}]}")),
                "notes.json", "/PAT_NOBODY/0/patient_id", "orphan: patient PAT_NOBODY is not in patients.json");
    }

    @Test
    void theThirtyFirstOfFebruaryInAHistoryDateIsSkipped() throws IOException {
        recordSkipped(export(Map.of("history.json", "{\"PAT_A\":[{\"history_id\":\"H31\",\"patient_id\":\"PAT_A\","
                + "\"type\":\"diagnosis\",\"date\":\"2025-02-31T00:00:00\",\"content\":{\"diagnosis\":\"Asthma\"},"
                + "\"created_at\":\"2025-10-02T09:20:00\"}]}")),
                "history.json", "/PAT_A/0/date", "'2025-02-31T00:00:00' is not a date and time", "FEBRUARY 31");
    }

    @Test
    void theThirtyFirstOfFebruaryAsADateOfBirthIsSkipped() throws IOException {
        recordSkipped(export(Map.of("patients.json", "{\"PAT_F\":{\"patient_id\":\"PAT_F\",\"name\":\"Feb Thirtyone\","
                + "\"date_of_birth\":\"1980-02-31\",\"gender\":\"F\"}}")),
                "patients.json", "/PAT_F/date_of_birth", "February has only 29 days");
    }

    @Test
    void aQueueRowWithOneBadTimeStoresNeitherTheVisitNorAnyOfItsMoves() throws IOException {
        recordSkipped(export(Map.of("queue.json", "[{\"queue_id\":\"Q_9\",\"patient_id\":\"PAT_A\",\"token_number\":9,"
                + "\"status\":\"completed\",\"added_at\":\"2025-11-01T09:30:00\",\"started_at\":\"2025-11-01T09:40:00\","
                + "\"completed_at\":\"2025-11-01T25:00:00\"}]")),
                "queue.json", "/0/completed_at", "is not a date and time");
    }

    /** Writes {@code count} records between {@code open} and {@code close}, generated at test time (never committed). */
    static Path generated(String folder, String file, String open, int count, java.util.function.IntFunction<String> record,
                          String close) throws IOException {
        Path target = Files.createDirectories(dir.resolve(folder)).resolve(file);
        try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write(open);
            for (int i = 0; i < count; i++) {
                w.write((i == 0 ? "" : ",") + record.apply(i));
            }
            w.write(close);
        }
        return target.getParent();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        String pad = "x".repeat(1000);
        Path folder = generated("big", "history.json", "{\"PAT_A\":[", 50_000, i -> "{\"history_id\":\"H" + i
                + "\",\"type\":\"visit\",\"content\":{\"notes\":\"" + pad + "\"},\"created_at\":\"2025-10-02T09:20:00\"}", "]}");
        assertThat(Files.size(folder.resolve("history.json"))).isGreaterThan(50L * 1000 * 1000);
        fileRefused(folder, "history.json", "history.json file: is ", "the limit is 20.0 MB per file");
    }

    @Test
    void aFileOfAHundredThousandRecordsIsRefused() throws IOException {
        Path folder = generated("many", "queue.json", "[", 100_000,
                i -> "{\"queue_id\":\"Q" + i + "\",\"patient_id\":\"PAT_A\"}", "]");
        fileRefused(folder, "queue.json", "has 100000 records; the limit is 20000 per file");
    }

    @Test
    void aBrokenFileDoesNotStopTheGoodOnesAndNotesFindPatientsOfAnEarlierImport() throws IOException {
        Path folder = export(Map.of(
                "patients.json", "{\"PAT_B\":{\"patient_id\":\"PAT_B\",\"name\":\"Bina Das\",\"age\":\"8 m\","
                        + "\"gender\":\"Female\",\"created_at\":\"2025-10-01T09:00:00\"}}",
                "queue.json", "[{\"queue_id\":\"Q_1\",",
                "notes.json", "{\"PAT_A\":[{\"note_id\":\"N_A\",\"created_by\":\"dr_sen\",\"created_at\":"
                        + "\"2025-11-02T10:00:00\",\"content\":{\"assessment\":\"Viral fever\"}}]}"));
        CliRun.Result r = day.admin("import", "legacy-json", folder.toString(), "--json");
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("Not imported: " + folder.resolve("queue.json") + " line 1");
        JsonNode report = LegacyImportTest.JSON.readTree(r.out());
        assertThat(report.get("totals").get("note").get("stored").asInt()).isEqualTo(1);
        assertThat(report.get("totals").get("patient").get("stored").asInt()).isEqualTo(1);
        assertThat(day.ok(day.desk("patient", "find", "Bina"))).contains("Bina Das").contains("estimated");
    }

    @Test
    void genderSpellingsAreReadAndAnUnknownOneIsSkipped() throws IOException {
        Path folder = export(Map.of("patients.json", "{"
                + "\"G1\":{\"name\":\"Gita One\",\"age\":30,\"gender\":\"FEMALE\"},"
                + "\"G2\":{\"name\":\"Gopal Two\",\"age\":31,\"gender\":\"m\"},"
                + "\"G3\":{\"name\":\"Guru Three\",\"age\":32,\"sex\":\"Other\"},"
                + "\"G4\":{\"name\":\"Gauri Four\",\"age\":33,\"gender\":\"woman\"},"
                + "\"G5\":{\"name\":\"Ganesh Five\",\"age\":34,\"gender\":\"x\"}}"));
        CliRun.Result r = day.admin("import", "legacy-json", folder.toString());
        assertThat(r.err()).contains("/G5/gender: 'x' is not female, male or other");
        Map<String, String> sexes = new TreeMap<>();
        StoreDump.of(day.cli.dataDir()).table("patient").forEach(p -> sexes.put(p.get("given_name"), p.get("sex")));
        assertThat(sexes).containsEntry("Gita", "F").containsEntry("Gopal", "M").containsEntry("Guru", "O")
                .containsEntry("Gauri", "F").doesNotContainKey("Ganesh");
    }

    @Test
    void aFolderThatIsNotAnExportIsRefused() throws IOException {
        Path folder = export(Map.of("other.json", "{}"));
        CliRun.Result r = day.admin("import", "legacy-json", folder.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("holds none of patients.json");
    }
}
