package org.clinicdesk.storage.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.patient.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan folder full of bad files: each gets one clear error naming it, and nothing of any of them is stored. */
class BrokenFilesTest {
    @TempDir
    Path dir;
    private final List<DocumentStoreFixture> opened = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void close() {
        opened.forEach(DocumentStoreFixture::close);
    }

    private DocumentStoreFixture open(FileLimits limits) {
        DocumentStoreFixture store = new DocumentStoreFixture(dir.resolve("data"), limits);
        opened.add(store);
        return store;
    }

    private static Map<String, String> importFolder(DocumentStoreFixture store, Path folder) throws IOException {
        Patient patient = store.patient("Asha");
        Map<String, String> errors = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                try {
                    store.service.add(DocumentStoreFixture.nurse(), patient,
                            new DocumentFile(file.getFileName().toString(), Files.readAllBytes(file)));
                    errors.put(file.getFileName().toString(), "ACCEPTED");
                } catch (ValidationException e) {
                    errors.merge(file.getFileName().toString(), e.getMessage(), (a, b) -> a + " | " + b);
                }
            }
        }
        return errors;
    }

    @Test
    void eachBrokenFileGetsOneClearErrorAndNothingIsStored() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scans"));
        byte[] good = TestFiles.png(TestFiles.page("Tab. Paracetamol 500 mg TDS", "Review after 5 days"));
        Files.write(folder.resolve("truncated.png"), Arrays.copyOf(good, good.length / 2));
        Files.write(folder.resolve("empty.pdf"), new byte[0]);
        Files.writeString(folder.resolve("notes.png"), "Patient seen, BP 130/80, review in a week.\n", StandardCharsets.UTF_8);
        Files.write(folder.resolve("huge.png"), TestFiles.hundredMegapixelPng());
        DocumentStoreFixture store = open(FileLimits.DEFAULT);

        Map<String, String> errors = importFolder(store, folder);

        assertThat(errors).hasSize(4).doesNotContainValue("ACCEPTED");
        errors.forEach((file, message) -> assertThat(message).as(file).startsWith("file: " + file + ": ").doesNotContain(" | "));
        assertThat(errors.get("truncated.png")).contains("damaged or truncated");
        assertThat(errors.get("empty.pdf")).contains("the file is empty (0 bytes)");
        assertThat(errors.get("notes.png")).contains("not a PNG, JPEG, TIFF or PDF file");
        assertThat(errors.get("huge.png")).contains("10000 x 10000 pixels (100 megapixels)").contains("40 megapixel limit");
        assertThat(store.count("document")).isZero();
        assertThat(store.count("document_page")).isZero();
        assertThat(store.blobFiles()).isZero();
        assertThat(store.auditEvents()).isEmpty();
    }

    @Test
    void truncatedJpegIsRefusedRatherThanReadHalfGrey() throws IOException {
        byte[] good = TestFiles.jpeg(TestFiles.page("Tab. Paracetamol 500 mg TDS"));
        DocumentStoreFixture store = open(FileLimits.DEFAULT);
        Path folder = Files.createDirectories(dir.resolve("scans"));
        Files.write(folder.resolve("cut.jpg"), Arrays.copyOf(good, good.length * 2 / 3));
        assertThat(importFolder(store, folder).get("cut.jpg")).contains("damaged or truncated");
        assertThat(store.blobFiles()).isZero();
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithItsSize() throws IOException {
        FileLimits small = new FileLimits(1024 * 1024, FileLimits.DEFAULT.maxPixelsPerPage(), 10);
        DocumentStoreFixture store = open(small);
        Path folder = Files.createDirectories(dir.resolve("scans"));
        byte[] big = new byte[3 * 1024 * 1024];
        System.arraycopy(TestFiles.png(TestFiles.page("x")), 0, big, 0, 8);
        Files.write(folder.resolve("big.png"), big);
        assertThat(importFolder(store, folder).get("big.png")).contains("3.0 MB, larger than the 1 MB limit");
        assertThat(store.count("document")).isZero();
    }

    @Test
    void tiffWithMorePagesThanAllowedIsRefused() throws IOException {
        FileLimits twoPages = new FileLimits(FileLimits.DEFAULT.maxBytes(), FileLimits.DEFAULT.maxPixelsPerPage(), 2);
        DocumentStoreFixture store = open(twoPages);
        Path folder = Files.createDirectories(dir.resolve("scans"));
        var p = TestFiles.page("x");
        Files.write(folder.resolve("long.tif"), TestFiles.tiff(List.of(p, p, p)));
        assertThat(importFolder(store, folder).get("long.tif")).contains("3 pages, more than the limit of 2");
        assertThat(store.blobFiles()).isZero();
    }
}
