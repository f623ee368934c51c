package org.clinicdesk.app.gui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.clinicdesk.app.gui.queue.BoardItem;
import org.clinicdesk.app.gui.testsupport.H2Workstores;
import org.clinicdesk.app.gui.testsupport.Fields;
import org.clinicdesk.app.gui.testsupport.Sessions;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.documents.OcrStatus;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryKind;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Issue 6 through the real window, the real H2 store and the real Tesseract: the doctor opens a chart, imports a
 * scanned prescription (the OCR helper's generated page), sees the words boxed on the page, accepts the two
 * medicines, rejects a suggestion, is stopped because the paper names another patient (name, age, sex), confirms
 * with a reason (audited), and finds both medicines in the chart's history with their FHIR resources.
 */
class PrescriptionReviewWindowTest extends WindowTest {
    @TempDir
    Path scans;

    @Test
    void doctorScansAPrescriptionAcceptsTwoMedicinesAndSeesThemInTheChart(FxRobot robot) throws Exception {
        Path scan = scans.resolve("prescription.png");
        try (InputStream in = getClass().getResourceAsStream("prescription.png")) {
            Files.copy(in, scan);
        }
        // The scanned prescription is made out to "Meena Kumar, 30 years, M": not this patient.
        Patient patient = H2Workstores.register(store(), "Asha Verma", "1980-02-29", Sex.F, List.of());
        store().services().queue().add(Sessions.signIn(store(), "reception").actor(), patient, Priority.NORMAL);

        signIn(robot, "doctor");
        openChartFromQueue(robot);
        waitUntil(() -> label(robot, "#chart-name").equals("Asha Verma"));
        showDocumentsTab(robot);
        DocumentReviewView view = (DocumentReviewView) robot.lookup("#documents").query().getProperties()
                .get(DocumentReviewView.class);
        // The file chooser is the platform's own dialog; what it returns goes here, as a dropped file does.
        robot.interact(() -> view.importFile(scan));

        waitUntil(() -> !facts(robot).getItems().isEmpty());
        assertThat(label(robot, "#documents-message")).contains("prescription.png read");
        assertThat(robot.lookup(".ocr-word").queryAll().size() + robot.lookup(".ocr-word-unsure").queryAll().size())
                .isGreaterThan(40);
        List<FactRow> medicines = facts(robot).getItems().stream()
                .filter(r -> r.suggestion().historyKind().filter(k -> k == HistoryKind.PRESCRIPTION).isPresent()).toList();
        assertThat(medicines).extracting(r -> r.summaryProperty().get())
                .anySatisfy(s -> assertThat(s).startsWith("Omeprazole 20 mg"))
                .anySatisfy(s -> assertThat(s).startsWith("Glimepiride 2 mg"))
                .hasSize(2);
        for (FactRow row : medicines) {
            clickInCell(robot, row, ".fact-accept");
        }
        FactRow diagnosis = facts(robot).getItems().stream()
                .filter(r -> r.suggestion().historyKind().filter(k -> k == HistoryKind.DIAGNOSIS).isPresent())
                .findFirst().orElseThrow();
        clickInCell(robot, diagnosis, ".fact-reject");
        assertThat(medicines).allSatisfy(r -> assertThat(r.decision()).isEqualTo(FactRow.Decision.ACCEPTED));
        assertThat(diagnosis.decision()).isEqualTo(FactRow.Decision.REJECTED);

        robot.clickOn("#documents-addToChart");
        waitUntil(() -> label(robot, "#documents-message").startsWith("This document may be about someone else"));
        assertThat(label(robot, "#documents-message")).contains("name: the document says Meena Kumar")
                .contains("sex: the document says M").contains("age: the document says 30 years");
        assertThat(store().services().history().forPatient(Sessions.signIn(store(), "doctor").actor(), patient)).isEmpty();
        robot.clickOn("#documents-confirmOtherPatient");
        waitUntil(() -> label(robot, "#documents-message").contains("at least 5 characters"));
        assertThat(store().services().history().forPatient(Sessions.signIn(store(), "doctor").actor(), patient)).isEmpty();
        Fields.typeInto(robot, "#documents-otherPatientReason", "Registered under her married name");
        robot.clickOn("#documents-confirmOtherPatient");
        waitUntil(() -> label(robot, "#documents-message").startsWith("2 entry(ies) added"));
        assertThat(store().auditLog().chainOf("A")).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("DOCUMENT_OTHER_PATIENT_CONFIRMED");
            assertThat(e.detail()).contains("Registered under her married name").contains("Meena Kumar");
        });

        @SuppressWarnings("unchecked")
        ListView<Object> history = robot.lookup("#chart-history").queryAs(ListView.class);
        waitUntil(() -> history.getItems().size() == 2);
        assertThat(history.getItems()).extracting(Object::toString)
                .anySatisfy(s -> assertThat(s).contains("Omeprazole"))
                .anySatisfy(s -> assertThat(s).contains("Glimepiride"));
        List<HistoryEntry> stored = store().services().history().forPatient(Sessions.signIn(store(), "doctor").actor(),
                patient);
        var document = store().services().store().context().tx().inTransaction(
                () -> store().services().store().documents().forPatient(patient.id())).get(0);
        assertThat(document.ocrStatus()).isEqualTo(OcrStatus.READ);
        assertThat(stored).hasSize(2).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(HistoryKind.PRESCRIPTION);
            assertThat(e.source()).isEqualTo("document " + document.sha256());
            assertThat(e.details()).contains("\"resourceType\":\"MedicationStatement\"");
            assertThat(e.date()).hasToString("2024-06-19");
        });
    }

    @Test
    void everyPageIsReviewedAValueToCheckIsMarkedOnItsPageAndTheStoredDocumentReopens(FxRobot robot) throws Exception {
        Path scan = scans.resolve("two-pages.tif");
        List<java.awt.image.BufferedImage> pages = List.of(page("Tab. Metformin 500 mg BD"),
                page("Serum creatinine   10   mg/dL   0.6 - 1.3"));
        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("tiff").next();
        try (var out = javax.imageio.ImageIO.createImageOutputStream(scan.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (var p : pages) {
                writer.writeToSequence(new javax.imageio.IIOImage(p, null, null), null);
            }
            writer.endWriteSequence();
        }
        Patient patient = H2Workstores.register(store(), "Meena Kumar", "1994-02-03", Sex.F, List.of());
        store().services().queue().add(Sessions.signIn(store(), "reception").actor(), patient, Priority.NORMAL);
        signIn(robot, "doctor");
        openChartFromQueue(robot);
        showDocumentsTab(robot);
        DocumentReviewView view = (DocumentReviewView) robot.lookup("#documents").query().getProperties()
                .get(DocumentReviewView.class);
        robot.interact(() -> view.importFile(scan));
        waitUntil(() -> facts(robot).getItems().size() == 2);
        assertThat(label(robot, "#documents-legend")).contains("page 1 of 2");
        assertThat(robot.lookup(".ocr-value-check").queryAll()).isEmpty();

        FactRow creatinine = facts(robot).getItems().stream().filter(r -> r.suggestion().page() == 2).findFirst()
                .orElseThrow();
        robot.interact(() -> facts(robot).getSelectionModel().select(creatinine));
        waitUntil(() -> label(robot, "#documents-legend").contains("page 2 of 2"));
        assertThat(label(robot, "#documents-legend")).contains("1 value(s) to check");
        assertThat(robot.lookup(".ocr-value-check").queryAll()).hasSize(1);
        assertThat(robot.lookup(".fact-check").queryAll().stream().filter(Node::isVisible).count()).isEqualTo(1);

        robot.clickOn("#documents-previousPage");
        waitUntil(() -> label(robot, "#documents-legend").contains("page 1 of 2"));
        clickInCell(robot, creatinine, ".fact-accept");
        assertThat(creatinine.decision()).isEqualTo(FactRow.Decision.UNDECIDED);

        // The stored document opens again for review from the patient's list (Enter or double-click).
        @SuppressWarnings("unchecked")
        ListView<org.clinicdesk.core.documents.Document> stored = robot.lookup("#documents-list").queryAs(ListView.class);
        waitUntil(() -> stored.getItems().size() == 1);
        robot.interact(() -> {
            stored.requestFocus();
            stored.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> auditActions("A").contains("DOCUMENT_OPENED"));
        waitUntil(() -> facts(robot).getItems().size() == 2 && facts(robot).getItems().get(0) != creatinine
                && facts(robot).getItems().get(1) != creatinine);
        assertThat(label(robot, "#documents-legend")).contains("page 1 of 2");
    }

    private static java.awt.image.BufferedImage page(String line) {
        var image = new java.awt.image.BufferedImage(1400, 400, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 1400, 400);
        g.setColor(java.awt.Color.BLACK);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 36));
        g.drawString(line, 60, 200);
        g.dispose();
        return image;
    }

    private void openChartFromQueue(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#queueBoard").tryQuery().map(n -> n.isVisible() && n.getScene() != null)
                .orElse(false));
        waitUntil(() -> board(robot).size() == 1);
        @SuppressWarnings("unchecked")
        TableView<BoardItem> table = robot.lookup("#queueBoard").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#queue-openChart").tryQuery().map(n -> ((Button) n).isDisabled()).orElse(true));
        robot.clickOn("#queue-openChart");
    }

    private void showDocumentsTab(FxRobot robot) {
        TabPane sections = robot.lookup(n -> n instanceof TabPane p
                && p.getTabs().stream().anyMatch(t -> "chart-documentsTab".equals(t.getId()))).queryAs(TabPane.class);
        Tab documents = sections.getTabs().stream().filter(t -> "chart-documentsTab".equals(t.getId())).findFirst()
                .orElseThrow();
        robot.clickOn(documents.getText());
        waitUntil(() -> sections.getSelectionModel().getSelectedItem() == documents && shown(robot, "#documents"));
    }

    @SuppressWarnings("unchecked")
    private static ListView<FactRow> facts(FxRobot robot) {
        return robot.lookup("#documents-facts").queryAs(ListView.class);
    }

    private static void clickInCell(FxRobot robot, FactRow row, String button) {
        robot.interact(() -> facts(robot).scrollTo(row));
        waitUntil(() -> cellOf(robot, row) != null);
        robot.clickOn(robot.from(cellOf(robot, row)).lookup(button).queryAs(Node.class));
    }

    private static FactCell cellOf(FxRobot robot, FactRow row) {
        return robot.lookup(n -> n instanceof FactCell c && c.getItem() == row && c.isVisible()).tryQuery()
                .map(FactCell.class::cast).orElse(null);
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
