package org.clinicdesk.storage.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clinicdesk.core.documents.CancelSignal;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.documents.DocumentFileCheck;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.MediaType;
import org.clinicdesk.core.documents.OcrProgress;
import org.clinicdesk.core.documents.OcrResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our pipeline against the {@code tesseract} command on Tesseract's own regression images and ground truth. */
class TesseractAccuracyTest {
    private static final Path DATA = SharedData.dir("ocr-tesseract-test");
    private static TesseractOcrEngine engine;

    @BeforeAll
    static void start() {
        engine = new TesseractOcrEngine(2, FileLimits.DEFAULT);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static String ours(Path image) throws Exception {
        byte[] bytes = Files.readAllBytes(image);
        MediaType type = new DocumentFileCheck(FileLimits.DEFAULT).check(new DocumentFile(image.toString(), bytes));
        OcrResult result = engine.read(bytes, type, OcrProgress.NONE, new CancelSignal());
        assertThat(result).isInstanceOf(OcrResult.Success.class);
        return ((OcrResult.Success) result).text();
    }

    @Test
    void wordAccuracyIsAtLeastThatOfTheTesseractCommand() throws Exception {
        Map<String, String> truthOf = new LinkedHashMap<>();
        truthOf.put("phototest.tif", "phototest.txt");
        truthOf.put("eurotext.tif", "eurotext.txt");
        truthOf.put("8071_093.3B.tif", "8071_093.3B.txt");
        truthOf.put("8087_054.3B.tif", "8087_054.3B.txt");
        double oursTotal = 0;
        double cliTotal = 0;
        for (Map.Entry<String, String> e : truthOf.entrySet()) {
            Path image = DATA.resolve(e.getKey());
            String truth = Files.readString(DATA.resolve(e.getValue()));
            double mine = WordAccuracy.of(truth, ours(image));
            double cli = WordAccuracy.of(truth, TesseractCli.read(image));
            System.err.printf("accuracy %-18s ours %.4f  tesseract %.4f%n", e.getKey(), mine, cli);
            assertThat(mine).as(e.getKey()).isGreaterThanOrEqualTo(cli - 0.005);
            oursTotal += mine;
            cliTotal += cli;
        }
        assertThat(oursTotal).isGreaterThanOrEqualTo(cliTotal);
    }

    @Test
    void pageTurnedUpsideDownIsReadUpright() throws Exception {
        String truth = Files.readString(DATA.resolve("phototest.txt"));
        double mine = WordAccuracy.of(truth, ours(DATA.resolve("phototest-rotated-180.png")));
        double cli = WordAccuracy.of(truth, TesseractCli.read(DATA.resolve("phototest-rotated-180.png")));
        System.err.printf("accuracy rotated-180 ours %.4f  tesseract %.4f%n", mine, cli);
        assertThat(mine).isGreaterThanOrEqualTo(0.9).isGreaterThanOrEqualTo(cli);
    }

    @Test
    void pageTurnedOnItsSideIsReadUpright() throws Exception {
        String truth = Files.readString(DATA.resolve("phototest.txt"));
        double mine = WordAccuracy.of(truth, ours(DATA.resolve("phototest-rotated-L.png")));
        double cli = WordAccuracy.of(truth, TesseractCli.read(DATA.resolve("phototest-rotated-L.png")));
        System.err.printf("accuracy rotated-L   ours %.4f  tesseract %.4f%n", mine, cli);
        assertThat(mine).isGreaterThanOrEqualTo(0.9).isGreaterThanOrEqualTo(cli);
    }
}
