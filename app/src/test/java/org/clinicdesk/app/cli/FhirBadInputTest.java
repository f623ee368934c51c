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
 * The bad-input corpus for {@code import fhir}: each file is refused with a message naming the file, the entry and
 * the reason, and the store's records are exactly as before (row by row), while the good files of a folder import.
 */
class FhirBadInputTest {
    static final Path SYNTHEA = SharedData.dir("fhir-synthea");
    static final String BUSTER = "Buster_Hoeger_ad2e3fc5-2b5d-4cb9-8d03-9ea0f4ac8423.json";
    static final String PATIENT = "{\"fullUrl\":\"urn:uuid:11111111-1111-4111-8111-111111111111\",\"resource\":"
            + "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"name\":[{\"family\":\"Rao\",\"given\":[\"Asha\"]}],"
            + "\"gender\":\"female\",\"birthDate\":\"%s\"}}";

    @TempDir
    static Path dir;
    static ClinicDay day;

    @BeforeAll
    static void storeWithOnePatient() {
        day = ClinicDay.initialised(dir.resolve("store"));
        day.ok(day.admin("import", "fhir", SYNTHEA.resolve(BUSTER).toString()));
    }

    static Map<String, List<Map<String, String>>> records() {
        StoreDump dump = StoreDump.of(day.cli.dataDir());
        Map<String, List<Map<String, String>>> tables = new TreeMap<>();
        FhirImportTest.RECORD_TABLES.forEach(t -> tables.put(t, dump.table(t)));
        tables.put("sequence", dump.table("sequence_counter"));
        return tables;
    }

    static Path file(String name, String content) throws IOException {
        return Files.writeString(Files.createDirectories(dir.resolve("bad")).resolve(name), content);
    }

    static String bundle(String... entries) {
        return "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[" + String.join(",", entries) + "]}";
    }

    /** Imports {@code file} and checks the refusal names it and the reason, and that no record changed. */
    static CliRun.Result refused(Path file, String... reason) {
        Map<String, List<Map<String, String>>> before = records();
        CliRun.Result r = day.admin("import", "fhir", file.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains(file.getFileName().toString()).contains(reason);
        assertThat(r.out()).contains("FAILED").contains("nothing from it was stored");
        assertThat(records()).isEqualTo(before);
        return r;
    }

    @Test
    void truncatedJsonIsRefused() throws IOException {
        String whole = Files.readString(SYNTHEA.resolve(BUSTER));
        refused(file("truncated.json", whole.substring(0, whole.length() / 2)), "not valid FHIR R4 JSON");
    }

    @Test
    void aResourceThatIsNotABundleIsRefused() throws IOException {
        refused(file("patient-only.json", "{\"resourceType\":\"Patient\",\"id\":\"x\"}"), "is Patient, not a Bundle");
    }

    @Test
    void anUnknownResourceTypeIsRefused() throws IOException {
        refused(file("unknown-type.json", bundle("{\"resource\":{\"resourceType\":\"Spaceship\",\"id\":\"x\"}}")),
                "not valid FHIR R4 JSON", "Spaceship");
    }

    @Test
    void aReferenceToNothingIsRefusedNamingTheEntry() throws IOException {
        String obs = "{\"fullUrl\":\"urn:uuid:22222222-2222-4222-8222-222222222222\",\"resource\":{\"resourceType\":"
                + "\"Observation\",\"id\":\"o1\",\"status\":\"final\",\"code\":{\"text\":\"Hb\"},"
                + "\"subject\":{\"reference\":\"urn:uuid:99999999-9999-4999-8999-999999999999\"}}}";
        refused(file("dangling.json", bundle(String.format(PATIENT, "1980-02-11"), obs)),
                "entry 1 (urn:uuid:22222222-2222-4222-8222-222222222222)",
                "refers to urn:uuid:99999999-9999-4999-8999-999999999999");
    }

    @Test
    void theThirtyFirstOfFebruaryIsRefused() throws IOException {
        refused(file("feb31.json", bundle(String.format(PATIENT, "1980-02-31"))), "birthDate");
    }

    /** A collection Bundle of {@code count} Basic resources, each with {@code padding} characters of text. */
    static Path generated(String name, int count, int padding) throws IOException {
        Path bundle = Files.createDirectories(dir.resolve("bad")).resolve(name);
        String pad = padding == 0 ? "" : ",\"code\":{\"text\":\"" + "x".repeat(padding) + "\"}";
        try (BufferedWriter w = Files.newBufferedWriter(bundle, StandardCharsets.UTF_8)) {
            w.write("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
            for (int i = 0; i < count; i++) {
                w.write((i == 0 ? "" : ",") + "{\"resource\":{\"resourceType\":\"Basic\",\"id\":\"b" + i + "\"" + pad + "}}");
            }
            w.write("]}");
        }
        return bundle;
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = generated("fifty-mb.json", 50_000, 1000);
        assertThat(Files.size(big)).isGreaterThan(50L * 1000 * 1000);
        refused(big, "the limit is 20.0 MB per bundle");
    }

    @Test
    void aBundleOfAHundredThousandEntriesIsRefused() throws IOException {
        refused(generated("many.json", 100_000, 0), "has 100000 entries; the limit is 20000 per bundle");
    }

    @Test
    void aBadFileDoesNotStopTheGoodOnesInTheFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(folder.resolve("a-feb31.json"), bundle(String.format(PATIENT, "1980-02-31")));
        Files.writeString(folder.resolve("b-good.json"), bundle(String.format(PATIENT, "1980-02-11")
                .replace("11111111-1111-4111-8111-111111111111", "33333333-3333-4333-8333-333333333333")
                .replace("Asha", "Meera")));
        CliRun.Result r = day.admin("import", "fhir", folder.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.out()).contains("FAILED " + folder.resolve("a-feb31.json")).contains("Imported " + folder.resolve("b-good.json"));
        assertThat(day.ok(day.desk("patient", "find", "Meera"))).contains("Meera Rao");
    }

    @Test
    void aBadNdjsonLineIsRefusedNamingTheLine() throws IOException {
        String patient = "{\"resourceType\":\"Patient\",\"id\":\"n1\",\"name\":[{\"family\":\"Das\",\"given\":[\"Ravi\"]}],"
                + "\"gender\":\"male\",\"birthDate\":\"1975-05-05\"}";
        refused(file("Patient.ndjson", patient + "\n\n{\"resourceType\":\"Patient\",\"id\":"), "line 3",
                "is not a FHIR R4 resource");
    }
}
