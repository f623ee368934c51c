package org.clinicdesk.storage.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.storage.ocr.generator.ClinicalDocumentGenerator;
import org.clinicdesk.storage.ocr.generator.DocumentKind;
import org.clinicdesk.storage.ocr.generator.GeneratedDocument;
import org.clinicdesk.storage.ocr.generator.ScanQuality;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API behind {@code clinicdesk ocr FILE --json}: one call, one JSON document. */
class OcrPipelineTest {
    private static OcrPipeline pipeline;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        pipeline = new OcrPipeline(1, FileLimits.DEFAULT, DateOrder.DAY_FIRST);
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    @Test
    void reportOfAGeneratedLabReportListsPagesAndFactsAsJson() throws Exception {
        GeneratedDocument doc = new ClinicalDocumentGenerator(5).generate(DocumentKind.LAB_REPORT, ScanQuality.CLEAN, "lab");
        Path file = dir.resolve("lab.png");
        ImageIO.write(doc.image(), "png", file.toFile());

        JsonNode json = new ObjectMapper().readTree(pipeline.read(file).toJson());

        assertThat(json.get("mediaType").asText()).isEqualTo("image/png");
        assertThat(json.get("sha256").asText()).hasSize(64);
        assertThat(json.get("pages")).hasSize(1);
        assertThat(json.get("pages").get(0).get("text").asText()).contains("PRECISION DIAGNOSTICS LABORATORY");
        long labs = doc.expectedFacts().stream().filter(k -> k.startsWith("LAB|")).count();
        assertThat(json.get("facts").findValues("kind").stream().filter(k -> k.asText().equals("lab_result")).count())
                .isBetween(labs - 2, labs);
        JsonNode lab = json.get("facts").findParents("kind").stream()
                .filter(f -> f.get("kind").asText().equals("lab_result")).findFirst().orElseThrow();
        assertThat(lab.get("details").get("loinc").asText()).matches("\\d+-\\d");
        assertThat(lab.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("pages").get(0).get("text").asText()
                .substring(lab.get("start").asInt(), lab.get("end").asInt())).isEqualTo(lab.get("text").asText());
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> pipeline.read(dir.resolve("nope.png"))).isInstanceOf(ValidationException.class)
                .hasMessageEndingWith("nope.png: no such file");
    }

    @Test
    void textFileIsRefusedBeforeAnyOcr() throws Exception {
        Path file = Files.writeString(dir.resolve("scan.pdf"), "hello");
        assertThatThrownBy(() -> pipeline.read(file)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a PNG, JPEG, TIFF or PDF file");
    }
}
