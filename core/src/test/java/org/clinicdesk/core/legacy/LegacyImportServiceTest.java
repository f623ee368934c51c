package org.clinicdesk.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.core.MemoryClinic;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.fhir.FhirImportService.Mode;
import org.clinicdesk.core.fhir.ImportLimits;
import org.clinicdesk.core.imports.ImportProgress;
import org.clinicdesk.core.imports.ImportReport;
import org.clinicdesk.core.imports.ImportReport.FileStatus;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The previous system's JSON export (the shared sample) imported by the use case, file by file, into the ports. */
class LegacyImportServiceTest {
    private static final Path SAMPLE = MemoryClinic.sharedData("legacy-json/sample");
    private final Actor admin = MemoryClinic.actor(Role.ADMIN);
    private MemoryClinic clinic;
    private LegacyImportService legacy;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        clinic = new MemoryClinic();
        legacy = new LegacyImportService(clinic.ctx, clinic.patientService(), clinic.patientRepository(),
                clinic.queueRepository(), clinic.noteRepository(), clinic.historyRepository(), clinic.fhirSources(),
                clinic.chartService(), ImportLimits.DEFAULT, () -> DateOrder.DAY_FIRST);
    }

    private ImportReport importSample(Mode mode) {
        return legacy.importExport(admin, SAMPLE, mode, ImportProgress.NONE);
    }

    @Test
    void theSampleImportsEveryGoodRecordAndListsEachSkippedOneWithItsPointer() {
        ImportReport report = importSample(Mode.STORE);
        assertThat(report.files()).extracting(ImportReport.FileOutcome::status).containsOnly(FileStatus.IMPORTED);
        assertThat(report.totals().get("patient").stored()).isEqualTo(4);
        assertThat(report.totals().get("queue visit").stored()).isEqualTo(4);
        assertThat(clinic.patients).hasSize(4);
        assertThat(clinic.entries).hasSize(4);
        assertThat(clinic.notes).hasSize(2);
        assertThat(clinic.history).isNotEmpty();
        List<ImportReport.NotStored> skipped = report.files().stream().flatMap(f -> f.notStored().stream()).toList();
        assertThat(skipped).extracting(ImportReport.NotStored::pointer).containsExactlyInAnyOrder("/PAT_DEADBEEF", "/4");
        assertThat(skipped).filteredOn(n -> n.pointer().equals("/4")).singleElement().satisfies(n ->
                assertThat(n.reason()).contains("/4/patient_id").contains("orphan").contains("PAT_NOTFOUND"));
        assertThat(skipped).filteredOn(n -> n.pointer().equals("/PAT_DEADBEEF")).singleElement().satisfies(n ->
                assertThat(n.reason()).contains("/PAT_DEADBEEF/age").contains("thirty"));
        report.totals().forEach((kind, c) -> assertThat(c.in()).as(kind)
                .isEqualTo(c.stored() + c.alreadyImported() + c.unsupported() + c.skipped()));
    }

    @Test
    void anAgeBecomesAnEstimatedDateOfBirthAndTheOldUhidIsRemembered() {
        importSample(Mode.STORE);
        Patient asha = clinic.patients.values().stream().filter(p -> p.name().full().equals("Asha Verma"))
                .findFirst().orElseThrow();
        assertThat(asha.dateOfBirth().estimated()).isTrue();
        assertThat(asha.dateOfBirth().date()).isEqualTo(java.time.LocalDate.of(1980, 7, 1));
        assertThat(asha.phone().value()).isEqualTo("+919800000001");
        assertThat(clinic.sources).containsKey("identifier:urn:clinicdesk:legacy-uhid|400112233445");
    }

    @Test
    void theLikelyDuplicateIsFlaggedNotMergedAndEveryImportedChartOpens() {
        ImportReport report = importSample(Mode.STORE);
        assertThat(report.files().stream().flatMap(f -> f.likelyDuplicates().stream()))
                .singleElement().satisfies(d -> {
                    assertThat(d.name()).isEqualTo("ravi kumar");
                    assertThat(d.existingName()).isEqualTo("Ravi Kumar");
                    assertThat(d.reasons()).contains("same phone", "similar name");
                });
        assertThat(report.charts()).hasSize(4).allSatisfy(c -> assertThat(c.opens()).as(c.problem()).isTrue());
    }

    @Test
    void importingTheSameExportAgainAddsNothing() {
        importSample(Mode.STORE);
        int patients = clinic.patients.size();
        int notes = clinic.notes.size();
        int history = clinic.history.size();
        ImportReport again = importSample(Mode.STORE);
        assertThat(clinic.patients).hasSize(patients);
        assertThat(clinic.notes).hasSize(notes);
        assertThat(clinic.history).hasSize(history);
        assertThat(again.totals().get("patient").stored()).isZero();
        assertThat(again.totals().get("patient").alreadyImported()).isEqualTo(4);
    }

    @Test
    void aDryRunReportsTheSameAndStoresNothing() {
        ImportReport dry = importSample(Mode.DRY_RUN);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.totals().get("patient").stored()).isEqualTo(4);
        assertThat(clinic.patients).isEmpty();
        assertThat(clinic.entries).isEmpty();
        assertThat(clinic.sources).isEmpty();
    }

    @Test
    void aFileThatIsNotJsonFailsNamingItselfAndTheOthersStillImport() throws Exception {
        for (String name : List.of("patients.json", "queue.json", "notes.json", "history.json")) {
            Files.copy(SAMPLE.resolve(name), dir.resolve(name));
        }
        Files.writeString(dir.resolve("notes.json"), "{ this is not json");
        ImportReport report = legacy.importExport(admin, dir, Mode.STORE, ImportProgress.NONE);
        assertThat(report.files()).filteredOn(f -> f.file().endsWith("notes.json")).singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(FileStatus.FAILED);
                    assertThat(f.error()).contains("notes.json");
                });
        assertThat(report.allImported()).isFalse();
        assertThat(clinic.notes).isEmpty();
        assertThat(clinic.patients).hasSize(4);
    }

    @Test
    void onlyAnAdministratorImports() {
        assertThatThrownBy(() -> legacy.importExport(MemoryClinic.actor(Role.DOCTOR), SAMPLE, Mode.STORE,
                ImportProgress.NONE)).isInstanceOf(PermissionDeniedException.class);
        assertThat(clinic.patients).isEmpty();
    }
}
