package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import legacy-json} over the shared sample of the previous queue system's export: the report's counts
 * against counts read from the files, one test per edge case the sample's README lists, idempotence and dry run.
 */
class LegacyImportTest {
    static final Path SAMPLE = SharedData.dir("legacy-json/sample");
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> RECORD_TABLES = List.of("patient", "queue_entry", "queue_transition", "soap_note",
            "history_entry", "fhir_import_source", "vitals", "document");

    @TempDir
    static Path dir;
    static ClinicDay day;
    static CliRun.Result firstRun;
    static JsonNode first;
    /** The store right after the first import, read once for the tests that only read it. */
    static StoreDump imported;

    @BeforeAll
    static void importTheSample() throws IOException {
        day = ClinicDay.initialised(dir.resolve("store"));
        firstRun = day.admin("import", "legacy-json", SAMPLE.toString(), "--json");
        first = JSON.readTree(firstRun.out());
        imported = StoreDump.of(day.cli.dataDir());
    }

    static Map<String, List<Map<String, String>>> records(Path dataDir) {
        StoreDump dump = StoreDump.of(dataDir);
        Map<String, List<Map<String, String>>> tables = new TreeMap<>();
        RECORD_TABLES.forEach(t -> tables.put(t, dump.table(t)));
        return tables;
    }

    /** Records per kind as the files hold them, read with plain Jackson. */
    static Map<String, Integer> countsInFiles(Path export) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("patient", JSON.readTree(export.resolve("patients.json").toFile()).size());
        counts.put("queue visit", JSON.readTree(export.resolve("queue.json").toFile()).size());
        int notes = 0;
        for (JsonNode list : JSON.readTree(export.resolve("notes.json").toFile())) {
            notes += list.size();
        }
        counts.put("note", notes);
        for (JsonNode list : JSON.readTree(export.resolve("history.json").toFile())) {
            list.forEach(h -> counts.merge(h.get("type").asText(), 1, Integer::sum));
        }
        return counts;
    }

    static JsonNode notStored(String file, String pointer) {
        for (JsonNode f : first.get("files")) {
            if (f.get("file").asText().endsWith(file)) {
                for (JsonNode n : f.get("notStored")) {
                    if (n.get("pointer").asText().equals(pointer)) {
                        return n;
                    }
                }
            }
        }
        throw new AssertionError("no record " + file + " " + pointer + " in the report's notStored: " + first);
    }

    static Map<String, String> patientNamed(String name) {
        return imported.table("patient").stream()
                .filter(p -> (p.get("given_name") + " " + p.get("family_name")).equals(name)).findFirst().orElseThrow();
    }

    static java.time.Instant local(String time) {
        return LocalDateTime.parse(time).atZone(ZoneId.systemDefault()).toInstant();
    }

    static java.time.Instant stored(String timestamp) {
        return java.time.OffsetDateTime.parse(timestamp.replace(' ', 'T').replaceFirst("([+-]\\d\\d)$", "$1:00")).toInstant();
    }

    @Test
    void reportCountsMatchTheFilesWithEverySkippedRecordListed() throws IOException {
        assertThat(firstRun.exit()).as(firstRun.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        Map<String, Integer> inFiles = countsInFiles(SAMPLE);
        JsonNode totals = first.get("totals");
        assertThat(totals.size()).isEqualTo(inFiles.size());
        int skippedListed = 0;
        for (JsonNode f : first.get("files")) {
            assertThat(f.get("status").asText()).isEqualTo("IMPORTED");
            for (JsonNode n : f.get("notStored")) {
                assertThat(n.get("reason").asText()).startsWith("skipped: ");
                assertThat(n.get("pointer").asText()).startsWith("/");
                skippedListed++;
            }
        }
        int skipped = 0;
        for (Map.Entry<String, Integer> e : inFiles.entrySet()) {
            JsonNode c = totals.get(e.getKey());
            assertThat(c.get("in").asInt()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(c.get("stored").asInt() + c.get("skipped").asInt()).as(e.getKey()).isEqualTo(e.getValue());
            skipped += c.get("skipped").asInt();
        }
        assertThat(skipped).isEqualTo(skippedListed).isEqualTo(2);
        assertThat(totals.get("patient").get("stored").asInt()).isEqualTo(4);
        assertThat(totals.get("queue visit").get("stored").asInt()).isEqualTo(4);
        assertThat(imported.table("patient")).hasSize(4);
        assertThat(imported.table("queue_entry")).hasSize(4);
        assertThat(imported.table("soap_note")).hasSize(2);
    }

    @Test
    void bothPatientShapesImportAndTheOldUhidIsRemembered() {
        assertThat(patientNamed("Asha Verma").get("phone")).isEqualTo("+919800000001");
        assertThat(patientNamed("Ravi Kumar").get("phone")).isEqualTo("+919800000002");
        assertThat(patientNamed("Meena Iyer").get("phone")).isEqualTo("+919800000003");
        Set<String> keys = imported.table("fhir_import_source").stream()
                .map(r -> r.get("source_key")).collect(Collectors.toSet());
        assertThat(keys).contains("identifier:urn:clinicdesk:legacy-uhid|400112233445",
                "identifier:urn:clinicdesk:legacy-uhid|400198765432", "legacy:patient:PAT_11E2F3A4");
    }

    @Test
    void anAgeInsteadOfADateOfBirthGivesAnEstimatedDateOfBirthAsOfTheRecordsCreation() {
        Map<String, String> asha = patientNamed("Asha Verma");
        assertThat(asha.get("dob_estimated")).isEqualTo("TRUE");
        // 45 on 2 October 2025 (created_at): mid-year of 1980
        assertThat(asha.get("date_of_birth")).isEqualTo("1980-07-01");
        assertThat(day.ok(day.desk("patient", "find", "Meena"))).contains("estimated");
    }

    @Test
    void genderSpellingsOfTheSampleAreRead() {
        assertThat(patientNamed("Asha Verma").get("sex")).isEqualTo("F");
        assertThat(patientNamed("Ravi Kumar").get("sex")).isEqualTo("M");
    }

    @Test
    void theLikelyDuplicatePatientIsFlaggedAndNotMerged() {
        JsonNode flag = first.get("files").get(0).get("likelyDuplicates").get(0);
        assertThat(flag.get("name").asText()).isEqualTo("ravi kumar");
        assertThat(flag.get("existingName").asText()).isEqualTo("Ravi Kumar");
        assertThat(flag.get("reasons").toString()).contains("same phone", "similar name");
        assertThat(day.ok(day.desk("patient", "find", "ravi")).lines().count()).isEqualTo(2);
    }

    @Test
    void aQueueRowForAPatientThatDoesNotExistIsReportedAsAnOrphanWithItsPosition() {
        JsonNode orphan = notStored("queue.json", "/4");
        assertThat(orphan.get("entry").asInt()).isEqualTo(4);
        assertThat(orphan.get("reason").asText()).contains("/4/patient_id").contains("orphan").contains("PAT_NOTFOUND");
        assertThat(firstRun.err()).contains("queue.json /4/patient_id: orphan");
    }

    @Test
    void anUnparseableAgeIsSkippedNamingTheFieldAndStoresNothing() {
        JsonNode bad = notStored("patients.json", "/PAT_DEADBEEF");
        assertThat(bad.get("reason").asText()).contains("/PAT_DEADBEEF/age").contains("thirty").contains("not an age");
        assertThat(imported.table("patient"))
                .noneMatch(p -> p.get("family_name").equals("Shaikh"));
    }

    @Test
    void queueHistoryBecomesPastVisitsWithTheirOriginalTimesAndStatusesNotOnTodaysBoard() throws IOException {
        StoreDump dump = imported;
        Map<String, String> statusByToken = new HashMap<>();
        for (Map<String, String> e : dump.table("queue_entry")) {
            assertThat(e.get("service_date")).isEqualTo("2025-11-01");
            statusByToken.put(e.get("token"), e.get("status"));
        }
        assertThat(statusByToken).containsEntry("LA-001", "COMPLETED").containsEntry("LA-002", "READY_FOR_DOCTOR")
                .containsEntry("LA-003", "WAITING").containsEntry("LA-004", "CANCELLED");
        Map<String, String> asha = dump.table("queue_entry").stream().filter(e -> e.get("token").equals("LA-001"))
                .findFirst().orElseThrow();
        assertThat(stored(asha.get("arrived_at"))).isEqualTo(local("2025-11-01T09:30:00"));
        assertThat(stored(asha.get("status_changed_at"))).isEqualTo(local("2025-11-01T10:02:11"));
        List<String> moves = dump.table("queue_transition").stream().filter(t -> t.get("entry_id").equals(asha.get("id")))
                .sorted((a, b) -> a.get("moved_at").compareTo(b.get("moved_at")))
                .map(t -> t.get("to_status") + "@" + stored(t.get("moved_at"))).toList();
        assertThat(moves).containsExactly("WAITING@" + local("2025-11-01T09:30:00"),
                "IN_TRIAGE@" + local("2025-11-01T09:41:10"), "READY_FOR_DOCTOR@" + local("2025-11-01T09:52:00"),
                "COMPLETED@" + local("2025-11-01T10:02:11"));
        JsonNode board = JSON.readTree(day.ok(day.desk("queue", "list", "--json")));
        assertThat(board.toString()).doesNotContain("LA-00");
    }

    @Test
    void soapNotesOfEitherShapeBecomeSignedLegacyNotesWithTheirOriginalTimeAndAuthor() {
        List<Map<String, String>> notes = imported.table("soap_note");
        Map<String, String> underSoapNote = notes.stream().filter(n -> n.get("assessment").equals("Acute febrile illness"))
                .findFirst().orElseThrow();
        Map<String, String> underContent = notes.stream().filter(n -> n.get("assessment").startsWith("Atrial fibrillation"))
                .findFirst().orElseThrow();
        assertThat(underSoapNote.get("status")).isEqualTo("SIGNED");
        assertThat(underContent.get("status")).isEqualTo("SIGNED");
        assertThat(stored(underSoapNote.get("created_at"))).isEqualTo(local("2025-11-01T09:52:00"));
        assertThat(stored(underContent.get("signed_at"))).isEqualTo(local("2025-11-01T09:45:00"));
        assertThat(underContent.get("author")).isEqualTo("legacy/nurse_rekha");
        assertThat(underContent.get("signed_by")).isEqualTo("legacy/nurse_rekha");
        assertThat(underSoapNote.get("author")).isEqualTo("legacy/unknown");
        assertThat(underSoapNote.get("plan")).contains("Paracetamol 500 mg PO Q6H PRN").contains("Medications: Paracetamol 500 mg")
                .contains("note NOTE_A1").contains("PAT_0A1B2C3D_audio_1.m4a");
        assertThat(underContent.get("plan")).contains("note NOTE_B7");
    }

    @Test
    void theMixedHindiEnglishTranscriptIsKeptExactly() {
        Map<String, String> note = imported.table("soap_note").stream()
                .filter(n -> n.get("assessment").equals("Acute febrile illness")).findFirst().orElseThrow();
        assertThat(note.get("subjective")).startsWith("Fever for three days with headache.")
                .contains("Chief complaint: Fever")
                .contains("Transcript (language: mixed): मरीज़ को तीन दिन से बुखार है। Fever for three days, headache.");
    }

    @Test
    void dayMonthAmbiguousDatesInFreeTextAreKeptAsWrittenAndNotRead() {
        Map<String, String> timeline = imported.table("history_entry").stream()
                .filter(h -> h.get("summary").startsWith("Timeline summary")).findFirst().orElseThrow();
        assertThat(timeline.get("summary")).contains("since 03/04/2021 on warfarin").contains("added on 12/09/2025");
        // dated by the record's creation, never by a guess at 03/04/2021 or 12/09/2025
        assertThat(timeline.get("entry_date")).isEqualTo("2025-10-03");
        assertThat(timeline.get("kind")).isEqualTo("VISIT");
    }

    @Test
    void prescriptionsAndLabResultsGoIntoHistoryWithTheirDates() {
        List<Map<String, String>> history = imported.table("history_entry");
        assertThat(history).anySatisfy(h -> {
            assertThat(h.get("kind")).isEqualTo("PRESCRIPTION");
            assertThat(h.get("entry_date")).isEqualTo("2025-06-15");
            assertThat(h.get("summary")).contains("Metformin 500mg BD; Amlodipine 5mg OD")
                    .contains("Type 2 diabetes").contains("Dr. Priya");
        });
        assertThat(history.stream().filter(h -> h.get("kind").equals("LAB_RESULT")).map(h -> h.get("summary")))
                .containsExactlyInAnyOrder("HbA1c 8.1 %", "Fasting glucose 162 mg/dL");
    }

    @Test
    void everyImportedPatientOpensInTheChart() {
        assertThat(first.get("charts")).hasSize(4);
        int notes = 0;
        for (JsonNode c : first.get("charts")) {
            assertThat(c.get("opens").asBoolean()).as(c.toString()).isTrue();
            notes += c.get("notes").asInt();
        }
        assertThat(notes).isEqualTo(2);
        Set<String> actions = new HashSet<>();
        imported.table("audit_event").forEach(r -> actions.add(r.get("action")));
        assertThat(actions).contains("CHART_OPENED", "RECORDS_IMPORTED");
    }

    @Test
    void secondImportAddsNothing() throws IOException {
        Map<String, List<Map<String, String>>> before = records(day.cli.dataDir());
        JsonNode again = JSON.readTree(day.admin("import", "legacy-json", SAMPLE.toString(), "--json").out());
        assertThat(records(day.cli.dataDir())).isEqualTo(before);
        again.get("totals").fields().forEachRemaining(t -> {
            assertThat(t.getValue().get("stored").asInt()).as(t.getKey()).isZero();
            assertThat(t.getValue().get("alreadyImported").asInt() + t.getValue().get("skipped").asInt())
                    .as(t.getKey()).isEqualTo(t.getValue().get("in").asInt());
        });
    }

    @Test
    void dryRunWritesNothingInAnyTable() throws IOException {
        ClinicDay fresh = ClinicDay.initialised(dir.resolve("dry"));
        Path data = fresh.cli.dataDir();
        Path keys = Path.of(System.getProperty("clinicdesk.keyDir"));
        fresh.ok(fresh.admin("queue", "list"));
        // what a sign-in alone writes (its audit events), measured rather than assumed
        Map<String, String> beforeSignIn = TableHashes.of(data, keys);
        fresh.ok(fresh.admin("queue", "list"));
        Map<String, String> before = TableHashes.of(data, keys);
        Set<String> signInWrites = new HashSet<>();
        before.forEach((t, h) -> {
            if (!h.equals(beforeSignIn.get(t))) {
                signInWrites.add(t);
            }
        });
        StoreDump dumpBefore = StoreDump.of(data);
        CliRun.Result r = fresh.admin("import", "legacy-json", SAMPLE.toString(), "--dry-run", "--json");
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("totals").get("patient").get("stored").asInt()).isEqualTo(4);
        assertThat(report.get("totals").get("note").get("stored").asInt()).isEqualTo(2);
        Map<String, String> after = TableHashes.of(data, keys);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((t, h) -> {
            if (!signInWrites.contains(t)) {
                assertThat(after.get(t)).as(t).isEqualTo(h);
            }
        });
        assertThat(signInWrites).doesNotContain("PATIENT", "QUEUE_ENTRY", "SOAP_NOTE", "HISTORY_ENTRY",
                "FHIR_IMPORT_SOURCE", "SEQUENCE_COUNTER");
        Set<String> actions = new HashSet<>();
        StoreDump.of(data).addedSince(dumpBefore, "audit_event").forEach(e -> actions.add(e.get("action")));
        assertThat(actions).isSubsetOf("SIGN_IN", "SIGN_OUT");
    }

    @Test
    void everyImportedVisitAndNoteIsVouchedForByItsOwnAuditEvent() {
        CliRun.Result verify = day.admin("audit", "verify");
        assertThat(verify.exit()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("Site A: intact").containsPattern("Records: all \\d+ match their audit events");
    }

    @Test
    void onlyAnAdministratorImports() {
        CliRun.Result r = day.nurse("import", "legacy-json", SAMPLE.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.PERMISSION_DENIED);
        assertThat(r.err()).contains("may not import records");
    }

    @Test
    void theTextReportListsEachFileAndEachSkippedRecord() {
        // a second import of the same export, as text: it stores nothing and says so record by record
        CliRun.Result r = day.admin("import", "legacy-json", SAMPLE.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.out()).contains("Imported " + SAMPLE.toAbsolutePath().normalize().resolve("patients.json"))
                .contains("patient /PAT_DEADBEEF skipped: /PAT_DEADBEEF/age").contains("imported before     4")
                .contains("queue visit /4 skipped").contains("opens (3 history entries, 1 notes)");
        assertThat(r.err()).contains("Skipped: ").contains("patients.json /PAT_DEADBEEF/age");
    }
}
