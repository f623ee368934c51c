package org.clinicdesk.app.gui.tools;

import static org.clinicdesk.app.gui.tools.FxDriver.fx;
import static org.clinicdesk.app.gui.tools.FxDriver.fxGet;
import static org.clinicdesk.app.gui.tools.FxDriver.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.app.gui.chart.ChartViewModel;
import org.clinicdesk.app.gui.common.FxTaskExecutor;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.documents.DocumentReviewView;
import org.clinicdesk.app.gui.documents.FactRow;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.app.gui.shell.Workstation;
import org.clinicdesk.core.history.HistoryKind;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.ObjectiveText;
import org.clinicdesk.core.notes.PrescriptionParser;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;

/**
 * Screenshots of the consultation screens (chart, trends, note editor, vitals form) on a demo clinic with one patient
 * seen over several visits, and the visit summary PDF made from the chart, rendered to PNG. Run under Xvfb by
 * {@code scripts/screenshots}. Usage: {@code ChartTour SHOTS_DIR [SCAN.png]}; with a scan, also the document review.
 */
public final class ChartTour {
    private final Path shots;
    private final Path scan;
    private Workstation workstation;

    private ChartTour(Path shots, Path scan) {
        this.shots = shots;
        this.scan = scan;
    }

    public static void main(String[] args) throws Exception {
        Path shots = Path.of(args.length > 0 ? args[0] : "shots");
        Files.createDirectories(shots);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        new ChartTour(shots, args.length > 1 ? Path.of(args[1]) : null).run();
        Platform.exit();
        System.exit(0);
    }

    private void run() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        fx(() -> {
            Stage stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            try {
                workstation = new Workstation(stage, Files.createTempDirectory("clinicdesk-chart-tour-"),
                        LocalWorkstore.opener(Clock.systemUTC()), store -> DemoSetup.prepare(store, DemoSetup::clinicDay),
                        executor, Clock.systemDefaultZone(), Duration.ofHours(1));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            workstation.start();
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        waitFor(() -> has("#username"));
        type("#username", "doctor");
        type("#password", DemoSetup.PASSWORD);
        waitFor(() -> !((javafx.scene.control.Button) lookup("#signIn").orElseThrow()).isDisabled());
        fx(() -> ((javafx.scene.control.Button) lookup("#signIn").orElseThrow()).fire());
        waitFor(() -> has("#mainTabs"));
        var session = workstation.session().orElseThrow();
        Patient patient = seed(session.services(), session.actor());
        // Registered again at the front desk (the same phone): the Flags tab offers to merge the two.
        Patient again = session.services().patients().register(session.services().users().signIn("reception",
                DemoSetup.PASSWORD.toCharArray(), DemoSetup.SITE), new PatientDetails(PersonName.parse("Laxmi Narayan"),
                DateOfBirth.exact(patient.dateOfBirth().date(), LocalDate.now()), Sex.F, PhoneNumber.parse("9840012345"),
                "", List.of()));

        fx(() -> workstation.charts().orElseThrow().openChart(patient));
        waitFor(() -> has("#chart-noteText") && !text("#chart-noteText").isEmpty());
        shot("09-chart-notes");
        fx(() -> sections().getSelectionModel().select(1));
        shot("10-chart-timeline");
        fx(() -> sections().getSelectionModel().select(2));
        shot("11-chart-trends");
        fx(() -> sections().getSelectionModel().select(5));
        waitFor(() -> has("#chart-flags") && !text("#chart-flags").isEmpty());
        shot("11b-chart-flags");
        String merge = "#chart-merge-" + again.uhid().value();
        waitFor(() -> has(merge));
        fx(() -> ((javafx.scene.control.Button) lookup(merge).orElseThrow()).fire());
        waitFor(() -> has("#merge-first-1") && !labelText("#merge-first-1").isEmpty());
        type("#merge-reason", "Same phone and date of birth; registered again at the front desk");
        shot("11c-merge-screen");
        fx(() -> {
            TabPane main = (TabPane) lookup("#mainTabs").orElseThrow();
            main.getTabs().stream().filter(t -> ("chartTab-" + patient.uhid().value()).equals(t.getId())).findFirst()
                    .ifPresent(t -> main.getSelectionModel().select(t));
        });
        fx(() -> sections().getSelectionModel().select(3));
        type("#history-text", "Hb 10.2 g/dL 02/03/2024");
        fx(() -> ((javafx.scene.control.Button) lookup("#addHistory").orElseThrow()).fire());
        waitFor(() -> has("#history-textError") && !labelText("#history-textError").isEmpty());
        shot("12-chart-history-refused");
        if (scan != null) {
            reviewScan();
        }

        fx(() -> ((javafx.scene.control.Button) lookup("#chart-writeNote").orElseThrow()).fire());
        waitFor(() -> has("#note-subjective"));
        type("#note-subjective", "Follow-up: cough better, still tired. Taking metformin regularly.");
        type("#note-assessment", "Resolving lower respiratory tract infection. Type 2 diabetes, controlled.");
        type("#note-plan", "Complete the course. HbA1c in 3 months.");
        type("#note-rxLine", "Metformin 500 mg tab BD after food");
        fx(() -> ((TextInputControl) lookup("#note-rxLine").orElseThrow()).fireEvent(new javafx.event.ActionEvent()));
        type("#note-rxLine", "Cetirizine QHS x 5 days");
        fx(() -> ((TextInputControl) lookup("#note-rxLine").orElseThrow()).fireEvent(new javafx.event.ActionEvent()));
        waitFor(() -> !labelText("#note-rxLineError").isEmpty());
        shot("13-note-editor");
        // Aspirin typed over the warfarin in her history: the card under the line, the path as chips.
        type("#note-rxLine", "Tab Aspirin 75 mg OD");
        waitFor(() -> (Boolean) fxGet(() -> lookup("#note-rxFlagCard").map(Node::isVisible).orElse(false)));
        shot("13b-note-rx-flag-card");
        type("#note-rxLine", "");

        fx(() -> workstation.charts().orElseThrow().recordVitals(patient));
        waitFor(() -> has("#vitals-hr"));
        type("#vitals-hr", "720");
        type("#vitals-rr", "24");
        type("#vitals-sbp", "98");
        type("#vitals-dbp", "64");
        type("#vitals-temp", "38.9");
        type("#vitals-spo2", "93");
        type("#vitals-weight", "72");
        type("#vitals-height", "168");
        shot("14-vitals-typing-error");
        type("#vitals-hr", "112");
        shot("15-vitals-news2-live");

        // On today's board too: her unanswered high flags (raised when the chart was opened) as the Flags badge.
        session.services().queue().add(session.services().users().signIn("reception", DemoSetup.PASSWORD.toCharArray(), DemoSetup.SITE), patient, org.clinicdesk.core.queue.Priority.NORMAL);
        fx(() -> ((TabPane) lookup("#mainTabs").orElseThrow()).getSelectionModel().select(1));
        waitFor(() -> has("#queueBoard"));
        waitFor(() -> has(".flag-badge"));
        shot("16-queue-board-news2");

        Path pdf = shots.resolve("visit-summary-from-chart.pdf");
        ChartViewModel model = new ChartViewModel(session, executor, Clock.systemDefaultZone(), patient.uhid().value());
        CountDownLatch written = new CountDownLatch(1);
        fx(() -> {
            model.chartProperty().addListener((o, old, c) -> model.saveSummary(pdf, f -> written.countDown()));
            model.load();
        });
        if (!written.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the visit summary was not written: " + fxGet(() -> model.messageProperty().get()));
        }
        try (var doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 80), "png",
                    shots.resolve("17-visit-summary-page-1.png").toFile());
        }
        executor.shutdown();
        fx(() -> workstation.shutdown());
    }

    /** A patient seen four times: vitals at each visit, a signed and amended note, typed history. */
    private static Patient seed(ClinicServices s, Actor doctor) {
        LocalDate today = LocalDate.now();
        Patient p = s.patients().register(s.users().signIn("reception", DemoSetup.PASSWORD.toCharArray(),
                DemoSetup.SITE), new PatientDetails(PersonName.parse("Lakshmi Narayanan"),
                DateOfBirth.exact(today.minusYears(61).minusDays(40), today), Sex.F, PhoneNumber.parse("9840012345"),
                "", List.of("Penicillin", "Sulfa drugs")));
        Actor nurse = s.users().signIn("nurse", DemoSetup.PASSWORD.toCharArray(), DemoSetup.SITE);
        int[][] visits = {{92, 20, 148, 94, 382}, {88, 18, 142, 90, 377}, {84, 18, 136, 86, 372}, {78, 16, 128, 82, 369}};
        for (int[] v : visits) {
            s.vitals().record(nurse, p, new VitalSigns(v[0], v[1], v[2], v[3], v[4] / 10.0, 96, SpO2Scale.SCALE_1,
                    false, Acvpu.A, 64.0, 156.0));
        }
        NoteContent first = new NoteContent(new SoapText("Cough with yellow sputum for five days, fever.",
                ObjectiveText.fromVitals(s.vitals().history(doctor, p).get(visits.length - 1)) + " Crackles right base.",
                "Lower respiratory tract infection. Type 2 diabetes.", "Antibiotics, fluids, review in one week."),
                List.of(new Diagnosis("Lower respiratory tract infection", "ICD-10", "J22"),
                        new Diagnosis("Type 2 diabetes mellitus", "ICD-10", "E11.9")),
                PrescriptionParser.parseAll("Azithromycin 500 mg tab OD x 3 days\nParacetamol 650mg 1-0-1 x 3/7"));
        var note = s.notes().writeAndSign(doctor, p, first);
        s.notes().amend(doctor, note.id(), "Allergy re-checked: penicillin avoided, azithromycin confirmed",
                new NoteContent(first.text().amendedBy(null, null, null,
                        "Antibiotics (no penicillin: allergy), fluids, review in one week."),
                        first.diagnoses(), first.prescriptions()));
        s.history().add(doctor, p, HistoryKind.DIAGNOSIS, LocalDate.of(2019, 6, 1), "Type 2 diabetes mellitus", "",
                "typed");
        s.history().add(doctor, p, HistoryKind.LAB_RESULT, LocalDate.of(2024, 3, 2), "HbA1c 7.1 % (<6.5) high", "",
                "typed");
        // Medicines from another doctor's prescription: an interaction and a duplicate for the Flags tab.
        s.history().add(doctor, p, HistoryKind.PRESCRIPTION, today.minusDays(10), "Warfarin 5 mg OD", "", "typed");
        s.history().add(doctor, p, HistoryKind.PRESCRIPTION, today.minusDays(2), "Tab Brufen 400 mg TDS x 5 days", "",
                "typed");
        s.history().add(doctor, p, HistoryKind.PRESCRIPTION, today.minusDays(2), "Dolo 650 1 tab TDS x 3 days", "",
                "typed");
        return p;
    }

    /** Imports the scan on the chart's Documents tab, accepts the medicines and shows the first one on the page. */
    @SuppressWarnings("unchecked")
    private void reviewScan() throws Exception {
        fx(() -> sections().getSelectionModel().select(4));
        waitFor(() -> has("#documents"));
        fx(() -> ((DocumentReviewView) lookup("#documents").orElseThrow().getProperties().get(DocumentReviewView.class))
                .importFile(scan));
        var facts = (javafx.scene.control.ListView<FactRow>) lookup("#documents-facts").orElseThrow();
        waitFor(() -> (Boolean) fxGet(() -> !facts.getItems().isEmpty()));
        fx(() -> {
            var medicines = facts.getItems().stream()
                    .filter(r -> r.suggestion().historyKind().filter(k -> k == HistoryKind.PRESCRIPTION).isPresent())
                    .toList();
            medicines.forEach(r -> r.decisionProperty().set(FactRow.Decision.ACCEPTED));
            facts.getItems().stream().filter(r -> r.suggestion().historyKind().filter(k -> k == HistoryKind.DIAGNOSIS)
                    .isPresent()).findFirst().ifPresent(r -> r.decisionProperty().set(FactRow.Decision.REJECTED));
            if (!medicines.isEmpty()) {
                facts.getSelectionModel().select(medicines.get(0));
                facts.scrollTo(Math.max(0, facts.getItems().indexOf(medicines.get(0)) - 2));
            }
        });
        shot("12b-documents-review");
    }

    /** The chart's own tabs (notes, timeline, trends, history), found from the notes list upwards. */
    private TabPane sections() {
        Node n = lookup("#chart-notes").orElseThrow();
        while (!(n instanceof TabPane)) {
            n = n.getParent();
        }
        return (TabPane) n;
    }

    private void shot(String name) throws Exception {
        FxDriver.screenshot(shots, name);
    }

    private void type(String id, String text) throws Exception {
        fx(() -> {
            TextInputControl field = (TextInputControl) lookup(id).orElseThrow(() -> new IllegalStateException(id));
            field.requestFocus();
            field.setText(text);
        });
    }

    private String text(String id) {
        return (String) fxGet(() -> ((TextInputControl) lookup(id).orElseThrow()).getText());
    }

    private String labelText(String id) {
        return (String) fxGet(() -> ((javafx.scene.control.Label) lookup(id).orElseThrow()).getText());
    }

    private boolean has(String id) {
        return (Boolean) fxGet(() -> lookup(id).isPresent());
    }

    private java.util.Optional<Node> lookup(String id) {
        return java.util.Optional.ofNullable(workstation.scene().getRoot().lookup(id));
    }
}
