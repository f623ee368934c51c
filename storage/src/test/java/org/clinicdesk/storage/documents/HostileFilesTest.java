package org.clinicdesk.storage.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.MediaType;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.testing.BombCorpus;
import org.clinicdesk.storage.ocr.PageRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to exhaust memory, generated here: each is refused before any of it is decoded, with a message naming
 * the file and the limit, and nothing of it is stored. The store and the program carry on.
 */
class HostileFilesTest {
    @TempDir
    static Path dir;
    static DocumentStoreFixture store;

    @BeforeAll
    static void open() {
        store = new DocumentStoreFixture(dir.resolve("data"), FileLimits.DEFAULT);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String refusal(Path file) throws IOException {
        Patient patient = store.patient("Asha");
        try {
            store.service.add(DocumentStoreFixture.nurse(), patient, DocumentFiles.read(file, FileLimits.DEFAULT));
            return "ACCEPTED";
        } catch (ValidationException e) {
            return e.getMessage();
        }
    }

    @Test
    void everyBombIsRefusedByItsDeclaredSizeAndNothingIsStored() throws IOException {
        Path bombs = Files.createDirectories(dir.resolve("bombs"));
        Map<String, String> refusals = new TreeMap<>();
        for (Path file : List.of(BombCorpus.pdfWithHugeImage(bombs, "image-40000.pdf", 40_000),
                BombCorpus.pdfWithPages(bombs, "pages-1000.pdf", 1000),
                BombCorpus.tiffDeclaring(bombs, "huge.tif", 100_000, 100_000),
                BombCorpus.pngBomb(bombs, "bomb.png", 40_000))) {
            refusals.put(file.getFileName().toString(), refusal(file));
        }

        assertThat(Files.size(bombs.resolve("image-40000.pdf"))).isLessThan(2_000_000);
        assertThat(Files.size(bombs.resolve("bomb.png"))).isLessThan(2_000_000);
        refusals.forEach((file, message) -> assertThat(message).as(file).startsWith("file: " + file + ": "));
        assertThat(refusals.get("image-40000.pdf"))
                .contains("page 1 has an image of 40000 x 40000 pixels (1600 megapixels), more than the 40 megapixel limit");
        assertThat(refusals.get("pages-1000.pdf")).contains("1000 pages, more than the limit of 100");
        assertThat(refusals.get("huge.tif")).contains("100000 x 100000 pixels").contains("40 megapixel limit");
        assertThat(refusals.get("bomb.png")).contains("40000 x 40000 pixels").contains("40 megapixel limit");
        assertThat(store.count("document")).isZero();
        assertThat(store.count("document_page")).isZero();
        assertThat(store.blobFiles()).isZero();
    }

    @Test
    void pagesTogetherOverTheWholeFileBudgetAreRefusedBeforeDecoding() throws IOException {
        var page = TestFiles.page("Tab. Paracetamol 500 mg TDS");
        long pixels = (long) page.getWidth() * page.getHeight();
        FileLimits twoPagesWorth = FileLimits.DEFAULT.withTotalPixels(2 * pixels);
        DocumentFile three = new DocumentFile("three.tif", TestFiles.tiff(List.of(page, page, page)));

        assertThatThrownBy(() -> new PageRenderer(twoPagesWorth).open(three, MediaType.sniff(three.content()).orElseThrow()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("three.tif: its pages hold")
                .hasMessageContaining("megapixel limit for one file");
    }

    @Test
    void decodingStopsWhenTheFilesTimeBudgetIsSpent() throws IOException {
        var page = TestFiles.page("Tab. Paracetamol 500 mg TDS");
        DocumentFile two = new DocumentFile("two.tif", TestFiles.tiff(List.of(page, page)));
        FileLimits noTime = FileLimits.DEFAULT.withDecodeBudget(Duration.ofNanos(1));

        assertThatThrownBy(() -> new PageRenderer(noTime).decodeAll(two, MediaType.sniff(two.content()).orElseThrow()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("two.tif: decoding took longer than the 1 s limit for one file");
        assertThat(new PageRenderer(FileLimits.DEFAULT).decodeAll(two, MediaType.sniff(two.content()).orElseThrow())).isEqualTo(2);
    }
}
