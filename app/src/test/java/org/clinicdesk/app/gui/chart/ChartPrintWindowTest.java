package org.clinicdesk.app.gui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.app.gui.testsupport.Fields.label;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicdesk.app.gui.print.Printers;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.site.DoctorDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Print on the chart in the real window: the visit summary goes through the system's print dialog (a stand-in
 * printer here); with no printer the doctor is told and the PDF, with the clinic's letterhead and the doctor's
 * details, is saved instead. Either way the summary is audited as exported.
 */
class ChartPrintWindowTest extends WindowTest {
    @TempDir
    Path out;

    private Patient signedVisit() {
        Patient patient = H2Workstores.register(store(), "Meera Joshi", "1975-03-02", Sex.F, List.of());
        var doctor = Sessions.signIn(store(), "doctor").actor();
        var admin = Sessions.signIn(store(), "admin").actor();
        var settings = store().services().settings();
        settings.setAddress(admin, "12 MG Road\nBengaluru 560001");
        settings.setPhone(admin, "080 2345 6789");
        settings.setDoctorDetails(doctor, "doctor", new DoctorDetails("Dr. Asha Rao", "MBBS, MD", "KMC 12345"));
        store().services().notes().writeAndSign(doctor, patient, new NoteContent(
                new SoapText("Cough", "Chest clear", "Viral cough", "Steam, fluids"), List.of(), List.of()));
        return patient;
    }

    private void openChart(FxRobot robot, Patient patient) {
        signIn(robot, "doctor");
        robot.interact(() -> workstation.charts().orElseThrow().openChart(patient));
        waitUntil(() -> robot.lookup("#chart-print").tryQuery().isPresent()
                && !button(robot, "#chart-print").isDisabled());
    }

    @Test
    void withoutAPrinterTheSummaryWithLetterheadAndDoctorIsSaved(FxRobot robot) throws Exception {
        Patient patient = signedVisit();
        Path pdf = out.resolve("summary.pdf");
        workstation.printWith(owner -> new Printers.NoPrinter());
        workstation.chooseSaveFilesWith((owner, title, name, type, pattern) -> Optional.of(pdf));
        openChart(robot, patient);
        assertThat(robot.lookup("#chart-savePdf").tryQuery()).as("Save as PDF stays beside Print").isPresent();

        robot.clickOn("#chart-print");

        waitUntil(() -> Files.exists(pdf) && label(robot, "#chartMessage").contains("saved to"));
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Meera Joshi", "Viral cough", "12 MG Road",
                    "080 2345 6789", "Dr. Asha Rao", "MBBS, MD", "KMC 12345");
        }
        assertThat(auditActions("A")).contains("SUMMARY_EXPORTED");
    }

    @Test
    void theSummaryPagesGoToTheChosenPrinter(FxRobot robot) {
        Patient patient = signedVisit();
        List<Node> printed = new CopyOnWriteArrayList<>();
        workstation.printWith(owner -> new Printers.Chosen(new A4(printed)));
        openChart(robot, patient);

        robot.clickOn("#chart-print");

        waitUntil(() -> label(robot, "#chartMessage").contains("Visit summary sent to Office A4"));
        assertThat(printed).isNotEmpty();
        assertThat(auditActions("A")).contains("SUMMARY_EXPORTED");
    }

    /** An A4 printer that keeps the pages it is given. */
    private record A4(List<Node> printed) implements Printers.Job {
        @Override
        public double printableWidth() {
            return 540;
        }

        @Override
        public double printableHeight() {
            return 780;
        }

        @Override
        public String printerName() {
            return "Office A4";
        }

        @Override
        public boolean printPage(Node page) {
            return printed.add(page);
        }

        @Override
        public boolean end() {
            return true;
        }
    }
}
