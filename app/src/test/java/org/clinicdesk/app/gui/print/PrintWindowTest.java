package org.clinicdesk.app.gui.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.app.gui.testsupport.Fields.label;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicdesk.app.gui.testsupport.Reception;
import org.clinicdesk.app.gui.testsupport.WindowTest;
import org.clinicdesk.core.queue.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Print card and Print token at the reception desk in the real window: with no printer installed (a test machine has
 * none) the desk is told so and the PDF is offered for saving; with a printer chosen, the rendered pages go to it.
 */
class PrintWindowTest extends WindowTest {
    @TempDir
    Path out;

    @Test
    void withoutAPrinterTheDeskIsToldAndTheCardIsSavedAsPdf(FxRobot robot) throws Exception {
        Path card = out.resolve("card.pdf");
        AtomicReference<String> shownWhenAsked = new AtomicReference<>();
        workstation.chooseSaveFilesWith((owner, title, name, type, pattern) -> {
            shownWhenAsked.set(label(robot, "#receptionMessage"));
            return Optional.of(card);
        });
        signIn(robot, "reception");
        new Reception(robot).register("Lakshmi Narayan", "12/05/1978", "F", "9845012390");
        assertThat(button(robot, "#printToken").isDisabled()).as("no token before queueing").isTrue();

        robot.clickOn("#printCard");

        waitUntil(() -> label(robot, "#receptionMessage").contains("saved to"));
        assertThat(shownWhenAsked.get()).isEqualTo("No printer is installed on this computer. Choose where to save the "
                + "PDF instead.");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(card))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("REGISTRATION CARD", "Lakshmi Narayan");
        }
        assertThat(auditActions("A")).contains("REGISTRATION_CARD_PRINTED");
    }

    @Test
    void theTokenSlipsPagesGoToTheChosenPrinterScaledToItsPaper(FxRobot robot) {
        List<Node> printed = new CopyOnWriteArrayList<>();
        workstation.printWith(owner -> new Printers.Chosen(new RecordingJob(printed)));
        signIn(robot, "reception");
        Reception desk = new Reception(robot);
        desk.register("Lakshmi Narayan", "12/05/1978", "F", "9845012390");
        desk.queueSelected(Priority.NORMAL);

        robot.clickOn("#printToken");

        waitUntil(() -> label(robot, "#receptionMessage").contains("Token slip sent to Thermal 80"));
        assertThat(printed).hasSize(1);
        ImageView page = (ImageView) printed.get(0);
        // an 80 x 100 mm slip on a 230-point-wide roll keeps its size and proportions
        assertThat(page.getFitWidth()).isCloseTo(80 * 72 / 25.4, org.assertj.core.data.Offset.offset(1.0));
        assertThat(page.getFitHeight() / page.getFitWidth()).isCloseTo(100.0 / 80, org.assertj.core.data.Offset.offset(0.01));
        assertThat(page.getImage().getWidth()).as("rendered at print resolution").isGreaterThan(600);
        assertThat(auditActions("A")).contains("TOKEN_SLIP_PRINTED");
    }

    /** A printer with a 80 mm roll that keeps the pages it is given. */
    private record RecordingJob(List<Node> printed) implements Printers.Job {
        @Override
        public double printableWidth() {
            return 230;
        }

        @Override
        public double printableHeight() {
            return 2000;
        }

        @Override
        public String printerName() {
            return "Thermal 80";
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
