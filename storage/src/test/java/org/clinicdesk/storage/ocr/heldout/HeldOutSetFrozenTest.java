package org.clinicdesk.storage.ocr.heldout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clinicdesk.core.documents.Sha256;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each held-out set is frozen: every file is exactly the one in its manifest, none gone, none added. */
class HeldOutSetFrozenTest {
    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/heldout", "src/test/resources/heldout2",
        "src/test/resources/heldout3", "src/test/resources/heldout4"})
    void everyFileMatchesItsManifestChecksum(String folder) throws IOException {
        Path set = Path.of(folder);
        Map<String, String> manifest = new TreeMap<>();
        for (String line : Files.readAllLines(set.resolve("MANIFEST.sha256"))) {
            manifest.put(line.substring(66), line.substring(0, 64));
        }
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> files = Files.list(set)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("MANIFEST.sha256"))
                    .collect(Collectors.toList())) {
                actual.put(f.getFileName().toString(), Sha256.hex(Files.readAllBytes(f)));
            }
        }
        // 24 papers of three files each and the note.
        assertThat(manifest).hasSize(73);
        assertThat(actual).isEqualTo(manifest);
    }

    /** What {@code scripts/bench ocr-heldout DIR} reads of a set (its truth files only; no OCR is run here). */
    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/heldout", "src/test/resources/heldout2",
        "src/test/resources/heldout3", "src/test/resources/heldout4"})
    void everyTruthFileReadsAndNamesAnImageOfTheSet(String folder) throws IOException {
        Path set = Path.of(folder);
        List<Path> truths;
        try (Stream<Path> files = Files.list(set)) {
            truths = files.filter(f -> f.toString().endsWith(".truth")).sorted().toList();
        }
        assertThat(truths).hasSize(24);
        for (Path f : truths) {
            HeldOutTruth t = HeldOutTruth.read(f);
            assertThat(set.resolve(t.image())).as(f.toString()).isRegularFile();
            assertThat(t.quality()).as(f.toString()).isNotNull();
            assertThat(t.facts()).as(f.toString()).isNotEmpty();
            assertThat(t.guesses().isEmpty()).as(f + ": a handwritten line and its guesses")
                    .isEqualTo(t.handwritten().isEmpty());
        }
    }
}
