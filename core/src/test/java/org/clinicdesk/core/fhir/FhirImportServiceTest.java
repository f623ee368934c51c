package org.clinicdesk.core.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.core.MemoryClinic;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.fhir.FhirImportService.Mode;
import org.clinicdesk.core.imports.ImportReport;
import org.clinicdesk.core.imports.ImportReport.FileStatus;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ResourceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Synthea R4 bundle (shared test data) imported by the use case into the ports, and exported back. */
class FhirImportServiceTest {
    private static final Path BUSTER = MemoryClinic.sharedData(
            "fhir-synthea/Buster_Hoeger_ad2e3fc5-2b5d-4cb9-8d03-9ea0f4ac8423.json");
    private final Actor admin = MemoryClinic.actor(Role.ADMIN);
    private MemoryClinic clinic;
    private FhirImportService fhir;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        clinic = new MemoryClinic();
        fhir = new FhirImportService(clinic.ctx, clinic.patientService(), clinic.patientRepository(),
                clinic.historyRepository(), clinic.fhirSources(), clinic.chartService(), ImportLimits.DEFAULT);
    }

    @Test
    void aSyntheaBundleBecomesOnePatientWithHistoryWhoseChartOpens() {
        ImportReport report = fhir.importPath(admin, BUSTER, Mode.STORE);
        assertThat(report.files()).singleElement().satisfies(f -> assertThat(f.status()).as(f.error())
                .isEqualTo(FileStatus.IMPORTED));
        assertThat(report.totals().get("Patient").stored()).isEqualTo(1);
        assertThat(clinic.patients.values()).singleElement()
                .satisfies(p -> assertThat(p.name().full()).startsWith("Buster"));
        assertThat(clinic.history).isNotEmpty();
        assertThat(report.charts()).singleElement().satisfies(c -> {
            assertThat(c.opens()).as(c.problem()).isTrue();
            assertThat(c.historyEntries()).isEqualTo(clinic.history.size());
        });
        report.totals().forEach((type, c) -> assertThat(c.in()).as(type)
                .isEqualTo(c.stored() + c.alreadyImported() + c.unsupported() + c.skipped()));
    }

    @Test
    void theSameBundleImportedAgainAddsNothing() {
        fhir.importPath(admin, BUSTER, Mode.STORE);
        int history = clinic.history.size();
        ImportReport again = fhir.importPath(admin, BUSTER, Mode.STORE);
        assertThat(clinic.patients).hasSize(1);
        assertThat(clinic.history).hasSize(history);
        assertThat(again.totals().get("Patient").alreadyImported()).isEqualTo(1);
        assertThat(again.totals().values()).allSatisfy(c -> assertThat(c.stored()).isZero());
    }

    @Test
    void aDryRunCountsWhatWouldBeStoredAndStoresNothing() {
        ImportReport dry = fhir.importPath(admin, BUSTER, Mode.DRY_RUN);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.totals().get("Patient").stored()).isEqualTo(1);
        assertThat(clinic.patients).isEmpty();
        assertThat(clinic.history).isEmpty();
        assertThat(clinic.sources).isEmpty();
    }

    @Test
    void aFileThatIsNotFhirFailsNamingItselfAndTheGoodOneStillImports() throws Exception {
        Files.copy(BUSTER, dir.resolve("Patient-buster.json"));
        Files.writeString(dir.resolve("broken.json"), "{\"resourceType\": \"Bundle\", \"entry\": [ {");
        ImportReport report = fhir.importPath(admin, dir, Mode.STORE);
        assertThat(report.files()).extracting(ImportReport.FileOutcome::status)
                .containsExactly(FileStatus.IMPORTED, FileStatus.FAILED);
        assertThat(report.files().get(1).error()).contains("broken.json").contains("not valid FHIR R4 JSON");
        assertThat(clinic.patients).hasSize(1);
    }

    @Test
    void aFolderWithoutJsonOrAMissingPathIsRefusedNamingTheFile() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> fhir.importPath(admin, dir, Mode.STORE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("FILE"));
        assertThatThrownBy(() -> fhir.importPath(admin, dir.resolve("missing"), Mode.STORE))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyAnAdministratorImports() {
        assertThatThrownBy(() -> fhir.importPath(MemoryClinic.actor(Role.NURSE), BUSTER, Mode.STORE))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void anImportedPatientExportsAsAnR4BundleWithTheirHistoryAndTheExportIsAudited() {
        fhir.importPath(admin, BUSTER, Mode.STORE);
        Patient buster = clinic.patients.values().iterator().next();
        FhirExportService export = new FhirExportService(clinic.ctx, clinic.patientRepository(),
                clinic.historyRepository(), clinic.fhirSources(), clinic.noteRepository());
        Bundle bundle = export.export(admin, List.of(buster.uhid().value()));
        assertThat(bundle.getEntry()).filteredOn(e -> e.getResource().getResourceType() == ResourceType.Patient)
                .singleElement().satisfies(e -> assertThat(e.getResource().getIdElement().getIdPart()).isNotBlank());
        assertThat(bundle.getEntry()).hasSizeGreaterThan(1);
        assertThat(clinic.auditActions()).last().asString().contains("EXPORT");
        assertThatThrownBy(() -> export.export(MemoryClinic.actor(Role.NURSE), List.of(buster.uhid().value())))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
