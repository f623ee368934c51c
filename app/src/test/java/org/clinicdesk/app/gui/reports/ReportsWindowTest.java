package org.clinicdesk.app.gui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
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
import org.clinicdesk.core.reports.DailyRegister;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * File > Reports in the real window: the doctor previews today's day sheet and saves it as PDF and XLSX, then looks at
 * today's daily register as a table and saves it as CSV.
 */
class ReportsWindowTest extends WindowTest {

    @Test
    void aDoctorPreviewsTodaysDaySheetAndRegisterAndSavesThem(FxRobot robot) throws IOException {
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

        robot.clickOn("#reports-register");
        assertThat(robot.lookup("#reports-saveCsv").queryButton().isDisabled()).as("nothing shown yet").isTrue();
        robot.clickOn("#reports-show");
        TableView<DailyRegister.Line> table = robot.lookup("#reports-registerTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(table.isVisible()).isTrue();
        assertThat(robot.lookup("#reports-preview").queryAs(TextArea.class).isVisible()).isFalse();
        assertThat(robot.lookup("#reports-savePdf").queryButton().isDisabled()).as("the register is saved as CSV")
                .isTrue();
        assertThat(label(robot)).contains("2 patients");
        assertThat(cells(table, 0)).contains(entry.token().value(), "Kamala Devi", seen.uhid().value(),
                "Acute bronchitis", "In consultation").anySatisfy(cell -> assertThat(cell).matches("\\d+ y / F"));
        assertThat(cells(table, 1)).contains(cancelled.token().value(), "Suresh Rao", "Cancelled");
        robot.clickOn("#reports-saveCsv");
        Path csv = folder.resolve("register-" + java.time.LocalDate.now() + ".csv");
        waitUntil(() -> label(robot).startsWith("Saved to") && Files.exists(csv));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(String.join(",", DailyRegister.COLUMNS));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("Kamala Devi", "Acute bronchitis", "IN_CONSULTATION");
        assertThat(Files.getPosixFilePermissions(csv)).as("it names patients: owner-only")
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    /** Every cell of a table row as shown. */
    private static List<String> cells(TableView<DailyRegister.Line> table, int row) {
        return table.getColumns().stream().map(c -> String.valueOf(c.getCellData(row))).toList();
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
