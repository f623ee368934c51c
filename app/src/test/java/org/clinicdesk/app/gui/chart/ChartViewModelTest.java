package org.clinicdesk.app.gui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicdesk.app.gui.common.SameThreadTaskExecutor;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.core.history.HistoryKind;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.PrescriptionParser;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart as the doctor sees it, from the real store: header, timeline, versions, trends' data, the PDF. */
class ChartViewModelTest {
    @TempDir
    static Path dir;
    static Workstore store;
    static Session doctor;
    static Patient patient;

    @BeforeAll
    static void open() {
        store = H2Workstores.openWithUsers(dir);
        doctor = Sessions.signIn(store, "doctor");
        Session nurse = Sessions.signIn(store, "nurse");
        patient = H2Workstores.register(store, "Chart Person", "1960-04-04", Sex.F, List.of("Penicillin"));
        var s = store.services();
        s.vitals().record(nurse.actor(), patient, new VitalSigns(88, 18, 142, 90, 37.9, 95, SpO2Scale.SCALE_1,
                false, Acvpu.A, 62.0, 158.0));
        s.vitals().record(nurse.actor(), patient, new VitalSigns(96, 22, 128, 84, 38.4, 94, SpO2Scale.SCALE_1,
                false, Acvpu.A, null, null));
        NoteContent signed = new NoteContent(new SoapText("Fever", "T 38.4", "Urinary tract infection", "Fluids"),
                List.of(new Diagnosis("Urinary tract infection", "ICD-10", "N39.0")),
                PrescriptionParser.parseAll("Nitrofurantoin 100 mg cap BD x 5 days\nParacetamol 500 mg tab QID x 3 days"));
        var note = s.notes().writeAndSign(doctor.actor(), patient, signed);
        s.notes().amend(doctor.actor(), note.id(), "Allergy checked: no penicillin given",
                new NoteContent(signed.text().amendedBy(null, null, null, "Fluids, review in 3 days"),
                        signed.diagnoses(), signed.prescriptions()));
        s.history().add(doctor.actor(), patient, HistoryKind.DIAGNOSIS, LocalDate.of(2019, 6, 1),
                "Type 2 diabetes", "", "typed");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private ChartViewModel loaded() {
        ChartViewModel m = new ChartViewModel(doctor, new SameThreadTaskExecutor(), Clock.systemDefaultZone(),
                patient.uhid().value());
        m.load();
        return m;
    }

    @Test
    void headerShowsWhoTheyAreTheirAllergiesAndLatestNews2() {
        ChartViewModel m = loaded();
        assertThat(m.nameProperty().get()).isEqualTo("Chart Person");
        assertThat(m.detailsProperty().get()).contains("Female").contains("born 04/04/1960")
                .contains("UHID " + patient.uhid().value());
        assertThat(m.allergiesProperty().get()).isEqualTo("Allergies: Penicillin");
        assertThat(m.news2Property().get()).startsWith("Latest NEWS2 5: Medium");
    }

    @Test
    void flagsTabListsEachFlagWithItsStateAndPath() {
        ChartViewModel m = loaded();
        assertThat(m.flags()).anyMatch(line -> line.startsWith("[moderate, raised] NEWS2: NEWS2 5.")
                && line.contains("\nChart Person (" + patient.uhid().value() + ") → NEWS2 5"));
    }

    @Test
    void timelineHoldsVitalsNoteDiagnosesPrescriptionsAndHistoryNewestFirst() {
        ChartViewModel m = loaded();
        assertThat(m.timeline()).extracting(TimelineItem::kind)
                .contains("Vitals", "Note", "Diagnosis", "Prescription");
        assertThat(m.timeline()).extracting(TimelineItem::text)
                .anyMatch(t -> t.startsWith("Nitrofurantoin 100 mg capsule, oral, BD for 5 days"))
                .anyMatch(t -> t.contains("amended once"));
        assertThat(m.timeline().get(m.timeline().size() - 1).text()).isEqualTo("Type 2 diabetes");
        assertThat(m.vitals()).extracting(v -> v.signs().heartRate()).containsExactly(88, 96);
    }

    @Test
    void noteShowsTheOriginalAndEveryAmendmentWithItsReason() {
        String text = loaded().noteTextProperty().get();
        assertThat(text).startsWith("Original, signed by doctor on ");
        assertThat(text).contains("P: Fluids\n").contains("Amendment 1 by doctor on ")
                .contains("Reason: Allergy checked: no penicillin given").contains("P: Fluids, review in 3 days");
        assertThat(text.indexOf("P: Fluids\n")).isLessThan(text.indexOf("Amendment 1"));
    }

    @Test
    void visitSummaryPdfIsWrittenFromTheChartWithTheAmendment() throws Exception {
        ChartViewModel m = loaded();
        Path file = dir.resolve(m.suggestedFileName());
        List<Path> opened = new ArrayList<>();
        m.saveSummary(file, opened::add);
        assertThat(opened).containsExactly(file);
        assertThat(m.messageProperty().get()).startsWith("Visit summary saved to");
        try (var pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Chart Person").contains(patient.uhid().value()).contains("Penicillin")
                    .contains("Nitrofurantoin").contains("Allergy checked: no penicillin given");
        }
    }
}
