package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code document search TEXT --json} over real OCR text in the encrypted store: each hit names its patient (name and
 * UHID), document and page; the search is audited, opening the hit's document is DOCUMENT_OPENED, and the words
 * searched for are nowhere in plain text in the data folder.
 */
class DocumentSearchCommandTest {
    @TempDir
    static Path dir;
    static ClinicDay day;
    static String asha;
    static String ravi;

    @BeforeAll
    static void setUp() throws Exception {
        day = ClinicDay.initialised(dir.resolve("store"));
        asha = day.register("Asha Rao", "1980-01-02", "F");
        ravi = day.register("Ravi Kumar", "1975-05-06", "M");
        day.ok(day.nurse("document", "add", asha, scan("asha-rx.png", "Tab. Rosuvastatin 10 mg at night").toString()));
        day.ok(day.nurse("document", "add", ravi, scan("ravi-rx.png", "Tab. Cefixime 200 mg BD x 5 days").toString()));
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

    private static JsonNode json(CliRun.Result r) throws Exception {
        assertThat(r.exit()).as(r.toString()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void hitsNameThePatientTheDocumentAndThePage() throws Exception {
        JsonNode hits = json(day.nurse("document", "search", "rosuvastatin", "--json")).get("hits");
        assertThat(hits).hasSize(1);
        JsonNode hit = hits.get(0);
        assertThat(hit.get("uhid").asText()).isEqualTo(asha);
        assertThat(hit.get("patientName").asText()).isEqualTo("Asha Rao");
        assertThat(hit.get("fileName").asText()).isEqualTo("asha-rx.png");
        assertThat(hit.get("page").asInt()).isEqualTo(1);
        assertThat(hit.get("snippet").asText()).containsIgnoringCase("Rosuvastatin");
    }

    @Test
    void everyWordMustBeOnThePage() throws Exception {
        assertThat(json(day.nurse("document", "search", "cefixime rosuvastatin", "--json")).get("hits")).isEmpty();
        assertThat(json(day.nurse("document", "search", "cefixime 200", "--json")).get("hits").findValuesAsText("uhid"))
                .containsExactly(ravi);
    }

    @Test
    void searchIsAuditedAndOpeningTheHitIsDocumentOpened() throws Exception {
        String id = json(day.nurse("document", "search", "cefixime", "--json")).get("hits").get(0).get("documentId").asText();
        day.ok(day.nurse("document", "show", id, "-o", dir.resolve("opened.png").toString()));
        List<String> actions = json(day.admin("audit", "list", "--json")).get("events").findValuesAsText("action");
        assertThat(actions).contains("DOCUMENTS_SEARCHED", "DOCUMENT_OPENED");
    }

    @Test
    void searchedWordsAreNotInPlainTextInTheDataFolder() throws Exception {
        try (Stream<Path> files = Files.walk(day.cli.dataDir())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).toLowerCase();
                assertThat(bytes).as(f.toString()).doesNotContain("rosuvastatin").doesNotContain("cefixime");
            }
        }
    }

    @Test
    void receptionCannotSearchDocumentText() {
        CliRun.Result r = day.desk("document", "search", "cefixime", "--json");
        assertThat(r.exit()).as(r.toString()).isNotZero();
        assertThat(r.out()).isEmpty();
    }
}
