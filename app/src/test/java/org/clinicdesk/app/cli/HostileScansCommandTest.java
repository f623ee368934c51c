package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clinicdesk.core.testing.BombCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bomb corpus (generated here) dropped on the scanner's share, imported through the real {@code ./clinicdesk}
 * in a child JVM with a 128 MB heap: every bomb and every link is refused with a message naming it, the program
 * carries on to the good scan after them, and only that scan is stored.
 */
class HostileScansCommandTest {
    @TempDir
    static Path dir;

    @Test
    void theInboxRefusesEveryBombAndLinkInASmallHeapAndStoresOnlyTheGoodScan() throws Exception {
        ClinicDay day = ClinicDay.initialised(dir.resolve("store"));
        String uhid = day.register("Asha Rao", "1980-01-02", "F");
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        BombCorpus.pdfWithHugeImage(inbox, "image-40000.pdf", 40_000);
        BombCorpus.pdfWithPages(inbox, "pages-1000.pdf", 1000);
        BombCorpus.tiffDeclaring(inbox, "huge.tif", 100_000, 100_000);
        BombCorpus.pngBomb(inbox, "bomb.png", 40_000);
        Path privateScan = PrescriptionScans.write(outside, "private.png");
        Files.createSymbolicLink(inbox.resolve("outside.png"), privateScan);
        Files.createSymbolicLink(inbox.resolve("zero.tif"), Path.of("/dev/zero"));
        Files.copy(PrescriptionScans.write(dir, "zz-rx.png"), inbox.resolve("zz-rx.png"));

        ScriptProcess clinicdesk = new ScriptProcess(Map.of(CliEnvironment.DATA_DIR, day.cli.dataDir().toString(),
                CliEnvironment.USER, "nurse1", CliEnvironment.PASSWORD, ClinicDay.NURSE_PASSWORD,
                "CLINICDESK_JAVA_OPTS", "-Xmx128m", "OMP_THREAD_LIMIT", "1"));
        CliRun.Result r = clinicdesk.run(ScriptProcess.FIRST_RUN, "document", "inbox", inbox.toString(),
                "--import", uhid, "--json");

        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        Map<String, JsonNode> rows = new TreeMap<>();
        new ObjectMapper().readTree(r.out()).forEach(row -> rows.put(row.get("file").asText(), row));
        assertThat(rows.keySet()).containsExactly("bomb.png", "huge.tif", "image-40000.pdf", "outside.png",
                "pages-1000.pdf", "zero.tif", "zz-rx.png");
        rows.forEach((file, row) -> {
            if (!file.equals("zz-rx.png")) {
                assertThat(row.get("status").asText()).as(file).isEqualTo("refused");
                assertThat(row.get("reason").asText()).as(file).startsWith(file + ": ");
            }
        });
        assertThat(reason(rows, "image-40000.pdf")).contains("image of 40000 x 40000 pixels").contains("40 megapixel limit");
        assertThat(reason(rows, "pages-1000.pdf")).contains("1000 pages, more than the limit of 100");
        assertThat(reason(rows, "huge.tif")).contains("100000 x 100000 pixels");
        assertThat(reason(rows, "bomb.png")).contains("40000 x 40000 pixels");
        assertThat(reason(rows, "outside.png")).contains("symbolic link");
        assertThat(reason(rows, "zero.tif")).contains("symbolic link");
        assertThat(rows.get("zz-rx.png").get("status").asText()).isEqualTo("stored");

        List<Map<String, String>> documents = StoreDump.of(day.cli.dataDir()).tables().get("document");
        assertThat(documents).singleElement().satisfies(d -> assertThat(d.values()).contains("zz-rx.png"));
    }

    private static String reason(Map<String, JsonNode> rows, String file) {
        return rows.get(file).get("reason").asText();
    }
}
