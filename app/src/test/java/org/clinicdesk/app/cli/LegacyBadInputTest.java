package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The cases share two exports (one run of the command each) to keep the class fast.
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

    /** Writes {@code count} records between {@code open} and {@code close}, generated at test time (never committed). */
    static void generated(Path file, String open, int count, java.util.function.IntFunction<String> record, String close)
            throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(open);
            for (int i = 0; i < count; i++) {
                w.write((i == 0 ? "" : ",") + record.apply(i));
            }
            w.write(close);
        }
    }

    /**
     * One export whose every file is broken in its own way: a file of 100,000 records, FHIR instead of the export, a
     * file of the wrong shape, a 50 MB file (refused before it is read). Each is refused naming the file and the
     * reason, and the store's records are exactly as before.
     */
    @Test
    void everyBrokenFileIsRefusedNamingItAndTheReasonAndNothingIsStored() throws IOException {
        Path folder = export(Map.of(
                "queue.json", "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[]}",
                "notes.json", "[{\"note_id\":\"N1\"}]"));
        generated(folder.resolve("patients.json"), "{", 100_000, i -> "\"P" + i + "\":{\"name\":\"Asha Rao\"}", "}");
        String pad = "x".repeat(1000);
        generated(folder.resolve("history.json"), "{\"PAT_A\":[", 50_000, i -> "{\"history_id\":\"H" + i
                + "\",\"type\":\"visit\",\"content\":{\"notes\":\"" + pad + "\"},\"created_at\":\"2025-10-02T09:20:00\"}", "]}");
        assertThat(Files.size(folder.resolve("history.json"))).isGreaterThan(50L * 1000 * 1000);

        Map<String, List<Map<String, String>>> before = records();
        CliRun.Result r = day.admin("import", "legacy-json", folder.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("Not imported: " + folder.resolve("patients.json")
                        + " file: has 100000 records; the limit is 20000 per file")
                .contains("Not imported: " + folder.resolve("queue.json") + " /resourceType: is Bundle")
                .contains("import fhir")
                .contains("Not imported: " + folder.resolve("notes.json")
                        + " /: is a list; notes.json is an object keyed by patient_id")
                .contains("Not imported: " + folder.resolve("history.json") + " file: is ")
                .contains("the limit is 20.0 MB per file");
        for (String file : List.of("patients.json", "queue.json", "notes.json", "history.json")) {
            assertThat(r.out()).contains("FAILED " + folder.resolve(file) + " (nothing from it was stored)");
        }
        assertThat(records()).isEqualTo(before);
    }

    /**
     * One export with a bad record of every kind beside good ones: the 31st of February (a date of birth, a queue
     * time), an unknown gender, a note for a patient that exists nowhere, and a truncated file. Each bad record is
     * skipped naming its JSON pointer and stores no part of itself; the truncated file is refused naming line and
     * column; the good records import, including a note for a patient of an earlier import.
     */
    @Test
    void badRecordsAreSkippedNamingTheirPointerAndTheGoodOnesImport() throws IOException {
        String whole = Files.readString(SharedData.dir("legacy-json/sample/history.json"));
        Path folder = export(Map.of(
                "patients.json", "{"
                        + "\"PAT_F\":{\"patient_id\":\"PAT_F\",\"name\":\"Feb Thirtyone\",\"date_of_birth\":\"1980-02-31\",\"gender\":\"F\"},"
                        + "\"G1\":{\"name\":\"Gita One\",\"age\":30,\"gender\":\"FEMALE\"},"
                        + "\"G2\":{\"name\":\"Gopal Two\",\"age\":31,\"gender\":\"m\"},"
                        + "\"G3\":{\"name\":\"Guru Three\",\"age\":32,\"sex\":\"Other\"},"
                        + "\"G4\":{\"name\":\"Gauri Four\",\"age\":33,\"gender\":\"woman\"},"
                        + "\"G5\":{\"name\":\"Ganesh Five\",\"age\":34,\"gender\":\"x\"},"
                        + "\"PAT_B\":{\"name\":\"Bina Das\",\"age\":\"8 m\",\"gender\":\"Female\","
                        + "\"created_at\":\"2025-10-01T09:00:00\"}}",
                "queue.json", "[{\"queue_id\":\"Q_9\",\"patient_id\":\"PAT_A\",\"token_number\":9,"
                        + "\"status\":\"completed\",\"added_at\":\"2025-11-01T09:30:00\",\"started_at\":"
                        + "\"2025-11-01T09:40:00\",\"completed_at\":\"2025-02-31T10:00:00\"}]",
                "notes.json", "{\"PAT_NOBODY\":[{\"note_id\":\"N1\",\"patient_id\":\"PAT_NOBODY\",\"created_at\":"
                        + "\"2025-11-01T09:00:00\",\"content\":{\"subjective\":\"Cough\"}}],"
                        + "\"PAT_A\":[{\"note_id\":\"N_A\",\"created_by\":\"dr_sen\",\"created_at\":"
                        + "\"2025-11-02T10:00:00\",\"content\":{\"assessment\":\"Viral fever\"}}]}",
                "history.json", whole.substring(0, whole.length() / 2)));
        Map<String, List<Map<String, String>>> before = records();

        CliRun.Result r = day.admin("import", "legacy-json", folder.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err())
                .contains("Skipped: " + folder.resolve("patients.json") + " /PAT_F/date_of_birth: ")
                .contains("February has only 29 days")
                .contains("Skipped: " + folder.resolve("patients.json") + " /G5/gender: 'x' is not female, male or other")
                .contains("Skipped: " + folder.resolve("queue.json") + " /0/completed_at: '2025-02-31T10:00:00' is not a "
                        + "date and time")
                .contains("FEBRUARY 31")
                .contains("Skipped: " + folder.resolve("notes.json") + " /PAT_NOBODY/0/patient_id: orphan: patient "
                        + "PAT_NOBODY is not in patients.json")
                .contains("Not imported: " + folder.resolve("history.json") + " line ").contains(", column ")
                .contains("is not valid JSON");
        Map<String, List<Map<String, String>>> after = records();
        assertThat(after.get("queue_entry")).as("no part of the bad visit").isEqualTo(before.get("queue_entry"));
        assertThat(after.get("queue_transition")).isEqualTo(before.get("queue_transition"));
        assertThat(after.get("history_entry")).isEqualTo(before.get("history_entry"));
        assertThat(after.get("soap_note")).hasSize(before.get("soap_note").size() + 1)
                .anySatisfy(n -> assertThat(n.get("author")).isEqualTo("legacy/dr_sen"));
        Map<String, String> sexes = new TreeMap<>();
        after.get("patient").forEach(p -> sexes.put(p.get("given_name"), p.get("sex")));
        assertThat(sexes).containsEntry("Gita", "F").containsEntry("Gopal", "M").containsEntry("Guru", "O")
                .containsEntry("Gauri", "F").containsEntry("Bina", "F").doesNotContainKeys("Ganesh", "Feb");
        assertThat(after.get("patient")).filteredOn(p -> p.get("given_name").equals("Bina"))
                .allSatisfy(p -> assertThat(p.get("dob_estimated")).isEqualTo("TRUE"));
    }

    @Test
    void aFolderThatIsNotAnExportIsRefused() throws IOException {
        Path folder = export(Map.of("other.json", "{}"));
        CliRun.Result r = day.admin("import", "legacy-json", folder.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("holds none of patients.json");
    }
}
