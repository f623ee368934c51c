package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OcrCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new OcrCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path prescription() throws Exception {
        BufferedImage image = new BufferedImage(1400, 400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1400, 400);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
        g.drawString("Date: 25/03/2024", 60, 100);
        g.drawString("Tab. Amoxicillin 500 mg PO TDS x 5 days", 60, 180);
        g.drawString("BP: 130/85 mmHg", 60, 260);
        g.dispose();
        Path file = dir.resolve("rx.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private Path page(String name, String... lines) throws Exception {
        BufferedImage image = new BufferedImage(1600, 120 + 90 * lines.length, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 38));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 60, 100 + 90 * i);
        }
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void aScannedPrnTaperAndStopKeepTheirMeaning() throws Exception {
        int exit = run(page("meaning.png", "Paracetamol 650 mg Q6H PRN",
                "Tab. Prednisolone 10 mg 1-0-1 x 5 days then 1-0-0 x 5 days", "Stop Metformin").toString(),
                "--json", "--workers", "1");

        assertThat(exit).as(err.toString()).isZero();
        java.util.Map<String, JsonNode> meds = new java.util.HashMap<>();
        new ObjectMapper().readTree(out.toString()).get("facts").forEach(f -> {
            if (f.get("kind").asText().equals("medication")) {
                meds.put(f.get("details").get("name").asText(), f.get("details"));
            }
        });
        assertThat(meds.get("Paracetamol").get("frequency").asText()).isEqualTo("Q6H");
        assertThat(meds.get("Paracetamol").get("asNeeded").asBoolean()).isTrue();
        assertThat(meds.get("Prednisolone").get("steps").findValuesAsText("frequency")).containsExactly("BD", "OD");
        assertThat(meds.get("Metformin").get("status").asText()).isEqualTo("STOPPED");
        assertThat(meds.get("Prednisolone").get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void jsonOutputIsOneDocumentWithTheFacts() throws Exception {
        int exit = run(prescription().toString(), "--json", "--workers", "1");

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("facts").findValuesAsText("kind")).contains("medication", "blood_pressure", "date");
        JsonNode med = json.get("facts").findParents("kind").stream()
                .filter(f -> f.get("kind").asText().equals("medication")).findFirst().orElseThrow();
        assertThat(med.get("details").get("name").asText()).isEqualTo("Amoxicillin");
        assertThat(med.get("details").get("frequency").asText()).isEqualTo("TDS");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void badFileGivesAClearMessageOnStderrAndNothingOnStdout() throws Exception {
        Path file = Files.writeString(dir.resolve("scan.png"), "not an image");
        int exit = run(file.toString(), "--json");
        assertThat(exit).isEqualTo(OcrCommand.BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("scan.png").contains("not a PNG, JPEG, TIFF or PDF file");
    }
}
