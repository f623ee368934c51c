package org.clinicdesk.app.gui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.imports.ImportWizardViewModelTest;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.TestStores;
import org.clinicdesk.core.fhir.FhirImportService;
import org.clinicdesk.core.imports.ImportProgress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart's Export FHIR: the open patient as one checked collection Bundle, through the existing export code. */
class ChartExportTest {
    @TempDir
    static Path dir;
    static Workstore store;

    @BeforeAll
    static void importTheSample() {
        store = TestStores.openWithUsers(dir.resolve("store"));
        Session admin = Sessions.signIn(store, "admin");
        store.services().legacyImport().importExport(admin.actor(), ImportWizardViewModelTest.SAMPLE.toAbsolutePath(),
                FhirImportService.Mode.STORE, ImportProgress.NONE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aDoctorExportsTheOpenPatientWithTheHistoryAndTheOldSystemsUhid() throws Exception {
        Session doctor = Sessions.signIn(store, "doctor");
        String uhid = store.services().patients().find(doctor.actor(), "Asha Verma").get(0).uhid().value();
        ChartViewModel chart = new ChartViewModel(doctor, new SameThreadTaskExecutor(), Clock.systemDefaultZone(), uhid);
        assertThat(chart.mayExport()).isTrue();
        Path file = dir.resolve("out").resolve(chart.suggestedExportName());

        chart.exportFhir(file);

        assertThat(chart.messageProperty().get()).contains("Exported to").contains(file.toString());
        JsonNode bundle = new ObjectMapper().readTree(file.toFile());
        assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.get("type").asText()).isEqualTo("collection");
        List<String> types = new ArrayList<>();
        bundle.get("entry").forEach(e -> types.add(e.get("resource").get("resourceType").asText()));
        assertThat(types).containsOnlyOnce("Patient").hasSize(4); // the patient, a prescription, two lab results
        assertThat(bundle.toString()).contains("urn:clinicdesk:legacy-uhid").contains("400112233445");
    }

    @Test
    void aNurseIsNotOfferedTheExport() {
        Session nurse = Sessions.signIn(store, "nurse");
        String uhid = store.services().patients().find(nurse.actor(), "Asha Verma").get(0).uhid().value();
        assertThat(new ChartViewModel(nurse, new SameThreadTaskExecutor(), Clock.systemDefaultZone(), uhid).mayExport())
                .isFalse();
    }
}
