package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clinicdesk.core.fhir.ExportCheck;
import org.clinicdesk.core.fhir.FhirJson;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.storage.LocalStore;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import Synthea bundles, export them, import the export into a fresh store: the same patients, conditions,
 * medications, observations, allergies (and visits) field by field, through a Bundle and through bulk NDJSON.
 */
class FhirRoundTripTest {
    static final Path SYNTHEA = SharedData.dir("fhir-synthea");
    static final String KERMIT = "Kermit_Trantow_f1a650a5-737e-4fd7-828e-03c3348b9524.json";
    static final String MAX = "Max_Dicki_d9f8849f-e4a7-4ced-b057-c618db16a117.json";

    @TempDir
    static Path dir;
    static ClinicDay first;
    static Path exported;

    @BeforeAll
    static void importAndExport() throws Exception {
        first = ClinicDay.initialised(dir.resolve("first"));
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SYNTHEA.resolve(KERMIT), in.resolve(KERMIT));
        Files.copy(SYNTHEA.resolve(MAX), in.resolve(MAX));
        first.ok(first.admin("import", "fhir", in.toString()));
        exported = dir.resolve("out/export.json");
        first.ok(first.admin("export", "fhir", "-o", exported.toString()));
    }

    /** What the store keeps of each patient, keyed by name and date of birth (UHIDs differ between stores). */
    static Map<String, List<String>> records(Path dataDir) {
        Map<String, List<String>> all = new TreeMap<>();
        try (LocalStore store = LocalStore.open(dataDir, Clock.systemDefaultZone())) {
            store.context().tx().run(() -> {
                for (Patient p : store.patients().all()) {
                    List<String> fields = new ArrayList<>(List.of("sex " + p.sex(), "phone " + p.phone(),
                            "address " + p.address(), "allergies " + p.allergies()));
                    for (HistoryEntry e : store.history().forPatient(p.id())) {
                        fields.add(e.kind() + " " + e.date() + " " + e.summary());
                    }
                    fields.sort(String::compareTo);
                    all.put(p.name().full() + " " + p.dateOfBirth().date(), fields);
                }
            });
        }
        return all;
    }

    @Test
    void exportParsesBackAndPassesTheStructureCheck() throws Exception {
        Bundle back = FhirJson.parser().parseResource(Bundle.class, Files.readString(exported));
        assertThat(back.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(ExportCheck.problems(back)).isEmpty();
        assertThat(back.getEntry()).extracting(e -> e.getResource().fhirType())
                .contains("Patient", "Condition", "MedicationRequest", "Observation", "AllergyIntolerance", "Encounter");
    }

    @Test
    void bundleRoundTripKeepsEveryRecordFieldByField() {
        ClinicDay second = ClinicDay.initialised(dir.resolve("second"));
        second.ok(second.admin("import", "fhir", exported.toString()));
        Map<String, List<String>> before = records(first.cli.dataDir());
        assertThat(before).hasSize(2);
        assertThat(before.get("Kermit Trantow 1993-06-21")).contains("allergies [Allergy to bee venom, Shellfish allergy, Allergy to peanuts]");
        assertThat(before.get("Max Dicki 1942-09-13")).anyMatch(s -> s.startsWith("PRESCRIPTION") && s.contains("Warfarin"));
        assertThat(records(second.cli.dataDir())).isEqualTo(before);
    }

    @Test
    void ndjsonRoundTripKeepsEveryRecordFieldByField() {
        Path bulk = dir.resolve("bulk");
        first.ok(first.admin("export", "fhir", "--ndjson", bulk.toString()));
        assertThat(bulk.resolve("Patient.ndjson")).exists();
        ClinicDay third = ClinicDay.initialised(dir.resolve("third"));
        third.ok(third.admin("import", "fhir", bulk.toString()));
        assertThat(records(third.cli.dataDir())).isEqualTo(records(first.cli.dataDir()));
    }

    @Test
    void patientIdentifiersFromTheSourceComeBackOut() throws Exception {
        String json = Files.readString(exported);
        assertThat(json).contains("http://hl7.org/fhir/sid/us-ssn").contains("999-64-9098").contains("urn:clinicdesk:uhid");
    }

    @Test
    void aDryRunOfBulkNdjsonResolvesPatientsAcrossFilesAndWritesNothing() {
        Path bulk = dir.resolve("bulk-dry");
        first.ok(first.admin("export", "fhir", "--ndjson", bulk.toString()));
        ClinicDay fourth = ClinicDay.initialised(dir.resolve("fourth"));
        CliRun.Result r = fourth.admin("import", "fhir", bulk.toString(), "--dry-run");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Would import " + bulk.resolve("Observation.ndjson")).contains("Dry run: nothing was written.");
        assertThat(records(fourth.cli.dataDir())).isEmpty();
    }

    @Test
    void receptionMayNotExport() {
        CliRun.Result r = first.desk("export", "fhir", "-o", dir.resolve("nope.json").toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.PERMISSION_DENIED);
        assertThat(dir.resolve("nope.json")).doesNotExist();
    }
}
