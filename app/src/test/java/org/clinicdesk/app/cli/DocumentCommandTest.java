package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code document add} and {@code ocr} through the real CLI root, over an initialised store and the real Tesseract. */
class DocumentCommandTest {
    @TempDir
    static Path dir;
    static ClinicDay day;
    static String uhid;

    @BeforeAll
    static void setUp() {
        day = ClinicDay.initialised(dir.resolve("store"));
        uhid = day.register("Asha Rao", "1980-01-02", "F");
    }

    private static Path scan(String name, String line) throws Exception {
        BufferedImage image = new BufferedImage(1200, 300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 300);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
        g.drawString(line, 60, 150);
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void addStoresReadsAndPrintsTheDocumentAsJson() throws Exception {
        CliRun.Result r = day.nurse("document", "add", uhid, scan("rx.png", "Tab. Metformin 500 mg BD").toString(), "--json");

        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("uhid").asText()).isEqualTo(uhid);
        assertThat(json.get("mediaType").asText()).isEqualTo("image/png");
        assertThat(json.get("ocrStatus").asText()).isEqualTo("READ");
        String sha = json.get("sha256").asText();
        assertThat(day.cli.dataDir().resolve("blobs").resolve(sha.substring(0, 2))).isDirectory();
        StoreDump dump = StoreDump.of(day.cli.dataDir());
        assertThat(dump.tables().get("document")).anySatisfy(row -> assertThat(row).containsValue(sha));
        assertThat(dump.tables().get("outbox")).anySatisfy(row -> assertThat(row.values()).anyMatch("document"::equalsIgnoreCase));
    }

    @Test
    void theSameFileTwiceIsOneDocument() throws Exception {
        Path file = scan("twice.png", "Tab. Amlodipine 5 mg OD");
        JsonNode first = new ObjectMapper().readTree(day.ok(day.nurse("document", "add", uhid, file.toString(), "--json")));
        JsonNode second = new ObjectMapper().readTree(day.ok(day.nurse("document", "add", uhid, file.toString(), "--json")));
        assertThat(second.get("documentId")).isEqualTo(first.get("documentId"));
    }

    @Test
    void unknownPatientIsNotFoundOnStderrAndNothingIsStored() throws Exception {
        StoreDump before = StoreDump.of(day.cli.dataDir());
        CliRun.Result r = day.nurse("document", "add", "A-999999-9", scan("x.png", "Tab. Paracetamol").toString(), "--json");
        assertThat(r.exit()).as(r.toString()).isIn(ExitCode.NOT_FOUND, ExitCode.INVALID_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("A-999999");
        assertThat(StoreDump.of(day.cli.dataDir()).tables().get("document")).isEqualTo(before.tables().get("document"));
    }

    @Test
    void receptionMayNotAttachDocuments() throws Exception {
        CliRun.Result r = day.desk("document", "add", uhid, scan("desk.png", "Tab. Paracetamol").toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.PERMISSION_DENIED);
        assertThat(r.err()).contains("add documents");
    }

    @Test
    void brokenFileIsABadInputNamingTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.png"), "not an image");
        CliRun.Result r = day.nurse("document", "add", uhid, file.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("notes.png").contains("not a PNG, JPEG, TIFF or PDF file");
    }

    @Test
    void aPrescriptionForAnotherPatientIsRefusedUnlessAReasonIsGivenAndTheReasonIsAudited() throws Exception {
        Path other = scan("other.png", "Patient: Ravi Shankar  Age: 62 years  Sex: M");
        StoreDump before = StoreDump.of(day.cli.dataDir());

        CliRun.Result refused = day.nurse("document", "add", uhid, other.toString());

        assertThat(refused.exit()).as(refused.toString()).isEqualTo(ExitCode.RULE_VIOLATION);
        assertThat(refused.err()).contains("other.png names another patient than Asha Rao")
                .contains("name: the document says Ravi Shankar").contains("--other-patient-reason");
        assertThat(StoreDump.of(day.cli.dataDir()).tables().get("document")).isEqualTo(before.tables().get("document"));

        CliRun.Result stored = day.nurse("document", "add", uhid, other.toString(), "--other-patient-reason",
                "Ravi is her husband; his paper lists her medicines");
        assertThat(stored.exit()).as(stored.toString()).isZero();
        assertThat(StoreDump.of(day.cli.dataDir()).tables().get("audit_event")).anySatisfy(row -> assertThat(row.values())
                .anyMatch(v -> v != null && v.contains("Ravi is her husband")));
    }

    @Test
    void theInboxSuggestsThePatientPrintedOnAScanAndStoresNothing() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.copy(scan("for-asha.png", "Patient: Asha Rao  Age: 46 years  Sex: F"), inbox.resolve("for-asha.png"));
        StoreDump before = StoreDump.of(day.cli.dataDir());

        CliRun.Result r = day.nurse("document", "inbox", inbox.toString(), "--suggest", "--json");

        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode row = new ObjectMapper().readTree(r.out()).get(0);
        assertThat(row.get("status").asText()).isEqualTo("ready");
        assertThat(row.get("printedPatient").asText()).isEqualTo("Asha Rao");
        assertThat(row.get("suggestedPatient").asText()).isEqualTo(uhid + " Asha Rao");
        assertThat(StoreDump.of(day.cli.dataDir()).tables().get("document")).isEqualTo(before.tables().get("document"));
    }

    @Test
    void ocrIsRegisteredAtTheRootAndPrintsOneJsonDocument() throws Exception {
        CliRun.Result r = day.cli.with(java.util.Map.of(), "ocr", scan("ocr.png", "Tab. Amoxicillin 500 mg PO TDS x 5 days").toString(),
                "--json", "--workers", "1");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("facts").findValuesAsText("kind")).contains("medication");
    }
}
