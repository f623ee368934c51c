package org.clinicdesk.app.gui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueStatus;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** File > Reports in the real window: the doctor previews today's day sheet and saves it as PDF and XLSX. */
class ReportsWindowTest extends WindowTest {

    @Test
    void aDoctorPreviewsTodaysDaySheetAndSavesItAsPdfAndWorkbook(FxRobot robot) throws IOException {
        var reception = Sessions.signIn(store(), "reception").actor();
        var doctor = Sessions.signIn(store(), "doctor").actor();
        Patient seen = H2Workstores.register(store(), "Kamala Devi", "1958-08-15", Sex.F, List.of());
        Patient gone = H2Workstores.register(store(), "Suresh Rao", "1970-01-01", Sex.M, List.of());
        QueueEntry entry = store().services().queue().add(reception, seen, Priority.EMERGENCY);
        QueueEntry cancelled = store().services().queue().add(reception, gone, Priority.NORMAL);
        store().services().queue().move(doctor, entry.token(), QueueStatus.IN_CONSULTATION, "");
        store().services().notes().writeAndSign(doctor, seen, new NoteContent(new SoapText("Cough", "", "", ""),
                List.of(Diagnosis.freeText("Acute bronchitis")), List.of()));
        store().services().queue().move(reception, cancelled.token(), QueueStatus.CANCELLED, "left");
        Path folder = dataDir.resolveSibling(dataDir.getFileName() + "-reports");
        workstation.chooseSaveFilesWith((owner, title, name, type, pattern) -> Optional.of(folder.resolve(name)));

        signIn(robot, "doctor");
        assertThat(menuItems(robot)).contains("menu-reports");
        robot.interact(() -> workstation.openReports());
        waitUntil(() -> robot.lookup("#reports-show").tryQuery().isPresent());
        assertThat(robot.lookup("#reports-savePdf").queryButton().isDisabled()).as("nothing shown, nothing to save")
                .isTrue();
        robot.clickOn("#reports-show");
        waitUntil(() -> preview(robot).contains("Patients seen: 1"));

        assertThat(preview(robot)).contains("Queued: 2", "Cancelled: 1", "Acute bronchitis: 1", "Kamala Devi");
        robot.clickOn("#reports-savePdf");
        waitUntil(() -> label(robot).startsWith("Saved to"));
        robot.clickOn("#reports-saveXlsx");
        waitUntil(() -> label(robot).endsWith(".xlsx"));

        Path pdf;
        try (var files = Files.list(folder)) {
            List<Path> saved = files.sorted().toList();
            assertThat(saved).extracting(p -> p.getFileName().toString()).allMatch(n -> n.startsWith("day-sheet-"));
            pdf = saved.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Patients seen 1", "Cancelled 1", "Kamala Devi");
        }
        try (var book = new XSSFWorkbook(Files.newInputStream(Path.of(pdf.toString().replace(".pdf", ".xlsx"))))) {
            DataFormatter shown = new DataFormatter();
            boolean found = false;
            for (Row row : book.getSheet("Summary")) {
                if (row.getCell(1) != null && shown.formatCellValue(row.getCell(0)).equals("Patients seen")) {
                    found = shown.formatCellValue(row.getCell(1)).equals("1");
                }
            }
            assertThat(found).as("Summary!B 'Patients seen' is 1").isTrue();
        }
    }

    @Test
    void aNurseHasNoReportsMenu(FxRobot robot) {
        signIn(robot, "nurse");

        assertThat(menuItems(robot)).doesNotContain("menu-reports");
        robot.interact(() -> workstation.openReports());
        assertThat(robot.lookup("#reports-show").tryQuery()).isEmpty();
    }

    private static String preview(FxRobot robot) {
        return robot.lookup("#reports-preview").queryAs(TextArea.class).getText();
    }

    private static String label(FxRobot robot) {
        return robot.lookup("#reports-message").queryAs(Label.class).getText();
    }

    private static List<String> menuItems(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).map(MenuItem::getId)
                .filter(Objects::nonNull).toList();
    }
}
