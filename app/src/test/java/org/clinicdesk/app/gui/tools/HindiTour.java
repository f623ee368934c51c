package org.clinicdesk.app.gui.tools;

import static org.clinicdesk.app.gui.tools.FxDriver.fx;
import static org.clinicdesk.app.gui.tools.FxDriver.fxGet;
import static org.clinicdesk.app.gui.tools.FxDriver.waitFor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.clinicdesk.app.gui.common.FxTaskExecutor;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.app.gui.shell.Workstation;
import org.clinicdesk.app.language.Language;
import org.clinicdesk.app.language.UserLanguages;
import org.clinicdesk.app.summary.VisitSummary;
import org.clinicdesk.app.summary.VisitSummaryPdf;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.PrescriptionParser;
import org.clinicdesk.core.notes.SoapText;

/**
 * Issue 17: the window in Hindi (a reception user and a doctor who chose Hindi) with a patient registered under a
 * Devanagari name, and a visit summary PDF page for that name rendered to PNG. On every screen it looks for English
 * texts of the window left on the Hindi screen (a text set in code, not from the bundle) and exits 1 naming them.
 * Usage: {@code HindiTour SHOTS_DIR}; files shots/4*.
 */
public final class HindiTour {
    static final String NAME = "सुनीता शर्मा";
    private final Path shots;
    private final List<String> leftovers = new ArrayList<>();
    private final Set<String> english;
    private Workstation workstation;
    private Stage stage;

    private HindiTour(Path shots) throws IOException {
        this.shots = shots;
        this.english = englishOnlyTexts();
    }

    public static void main(String[] args) throws Exception {
        Path shots = Path.of(args.length > 0 ? args[0] : "shots");
        Files.createDirectories(shots);
        HindiTour tour = new HindiTour(shots);
        tour.pdf();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        try {
            tour.run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.exit(2);
        }
        Platform.exit();
        if (!tour.leftovers.isEmpty()) {
            System.err.println("English texts on the Hindi screens (not from the bundle):");
            tour.leftovers.forEach(l -> System.err.println("  " + l));
            System.exit(1);
        }
        System.exit(0);
    }

    /** The visit summary of a patient named in Devanagari, as the PDF and its first page as a PNG. */
    private void pdf() throws IOException {
        SoapText soap = new SoapText("बुखार और गले में दर्द, 3 दिन से। Fever and sore throat for 3 days.",
                "Throat congested, tonsils enlarged. Temp 38.4 °C.", "Acute pharyngitis.",
                "Warm saline gargles, plenty of fluids; review in 3 days.");
        NoteContent note = new NoteContent(soap, List.of(new Diagnosis("Acute pharyngitis", "ICD-10", "J02.9")),
                List.of(PrescriptionParser.parse("Paracetamol 650 mg tab TDS x 3 days after food")));
        VisitSummary summary = new VisitSummary(new VisitSummary.Clinic("आरोग्य क्लिनिक, Sitapur", "A"),
                new VisitSummary.PatientLine(NAME, "14/08/1985", "41 y", "महिला (Female)", "A-000042-7",
                        List.of("पेनिसिलिन (Penicillin)")),
                Optional.empty(), note, List.of(), "डॉ. अनिल मेनन (dr.menon)", Instant.now(), ZoneId.of("Asia/Kolkata"));
        byte[] bytes = new VisitSummaryPdf().render(summary);
        Files.write(shots.resolve("41-visit-summary-devanagari.pdf"), bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            ImageIO.write(page, "png", shots.resolve("41-visit-summary-devanagari-page1.png").toFile());
        }
    }

    private void run() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        Path dataDir = Files.createTempDirectory("clinicdesk-tour-hindi-");
        open(dataDir, executor);
        waitFor(() -> has("#username"));
        UserLanguages languages = new UserLanguages(dataDir);
        languages.set("reception", Language.HINDI);
        languages.set("doctor", Language.HINDI);
        signIn("reception");

        fx(() -> lookup("#registerPatient").ifPresent(n -> ((Button) n).fire()));
        waitFor(() -> has("#form-name"));
        type("#form-name", NAME);
        type("#form-dob", "14/08/1985");
        type("#form-phone", "+91 98450 12345");
        fx(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<String> sex =
                    (javafx.scene.control.ComboBox<String>) lookup("#form-sex").orElseThrow();
            sex.setValue("F");
        });
        type("#form-village", "सीतापुर");
        shot("42-hindi-register");
        fire("#savePatient");
        waitFor(() -> !has("#form-name") || lookup("#duplicateWarning").map(Node::isVisible).orElse(false));

        type("#patientSearch", "सुनीता");
        waitFor(() -> !table("#patientResults").getItems().isEmpty());
        shot("43-hindi-reception");
        fx(() -> table("#patientResults").getSelectionModel().select(0));
        waitFor(() -> !((Button) lookup("#addToQueue").orElseThrow()).isDisabled());
        fire("#addToQueue");

        selectTab(1);
        waitFor(() -> !table("#queueBoard").getItems().isEmpty());
        shot("44-hindi-queue-board");

        fx(() -> workstation.signOut());
        waitFor(() -> has("#username"));
        signIn("doctor");
        selectTab(1);
        waitFor(() -> !table("#queueBoard").getItems().isEmpty());
        fire("#action-CALL_NEXT");
        waitFor(() -> has("#note-allergies"));
        shot("45-hindi-note");
        fx(() -> Messages.use(Language.ENGLISH.locale()));
        executor.shutdown();
        fx(() -> workstation.shutdown());
    }

    private void signIn(String user) throws Exception {
        type("#username", user);
        type("#password", DemoSetup.PASSWORD);
        waitFor(() -> !((Button) lookup("#signIn").orElseThrow()).isDisabled());
        fire("#signIn");
        waitFor(() -> has("#mainTabs"));
    }

    private void open(Path dataDir, FxTaskExecutor executor) throws Exception {
        fx(() -> {
            stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            workstation = new Workstation(stage, dataDir, LocalWorkstore.opener(Clock.systemUTC()),
                    store -> DemoSetup.prepare(store, DemoSetup::clinicDay), executor, Clock.systemDefaultZone(),
                    Duration.ofHours(1));
            workstation.start();
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }

    /** Saves the screen, then notes every English text of the window that it shows. */
    private void shot(String name) throws Exception {
        FxDriver.screenshot(shots, name);
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) fxGet(() -> textsOf(workstation.scene().getRoot(), new ArrayList<>()));
        texts.stream().filter(java.util.Objects::nonNull).filter(english::contains).distinct().forEach(t -> leftovers.add(name + ": \"" + t + "\""));
    }

    private static List<String> textsOf(Node node, List<String> texts) {
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
            Optional.ofNullable(labeled.getTooltip()).map(Tooltip::getText).ifPresent(texts::add);
        }
        if (node instanceof TextInputControl input) {
            texts.add(input.getPromptText());
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().stream().map(TableColumnBase::getText).forEach(texts::add);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> textsOf(child, texts));
        }
        return texts;
    }

    /** The English texts of the window (mnemonic marks removed) whose Hindi text differs. */
    private static Set<String> englishOnlyTexts() throws IOException {
        Properties en = load("org/clinicdesk/app/gui/messages.properties");
        Properties hi = load("org/clinicdesk/app/gui/messages_hi.properties");
        Set<String> texts = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String text = en.getProperty(key);
            if (!text.equals(hi.getProperty(key)) && !Messages.takesArguments(text)) {
                texts.add(text.replace("_", ""));
                texts.add(text);
            }
        }
        return texts;
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = HindiTour.class.getClassLoader().getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private void type(String id, String text) throws Exception {
        fx(() -> {
            TextInputControl field = (TextInputControl) lookup(id).orElseThrow(() -> new IllegalStateException(id));
            field.requestFocus();
            field.setText(text);
        });
    }

    private void fire(String id) throws Exception {
        fx(() -> ((Button) lookup(id).orElseThrow(() -> new IllegalStateException(id))).fire());
    }

    private void selectTab(int index) throws Exception {
        fx(() -> ((javafx.scene.control.TabPane) lookup("#mainTabs").orElseThrow()).getSelectionModel().select(index));
    }

    private TableView<?> table(String id) {
        return (TableView<?>) lookup(id).orElseThrow(() -> new IllegalStateException(id));
    }

    private boolean has(String id) {
        return lookup(id).isPresent();
    }

    private Optional<Node> lookup(String id) {
        return Optional.ofNullable(workstation.scene().getRoot().lookup(id));
    }
}
