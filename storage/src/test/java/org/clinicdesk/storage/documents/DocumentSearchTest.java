package org.clinicdesk.storage.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.documents.CancelSignal;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.OcrProgress;
import org.clinicdesk.core.documents.OcrResult;
import org.clinicdesk.core.documents.OcrStatus;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.storage.ocr.TesseractOcrEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OCR text, read by the real engine and stored, is searchable across every patient's documents. */
class DocumentSearchTest {
    @TempDir
    Path dir;
    private DocumentStoreFixture store;
    private TesseractOcrEngine engine;
    private final Actor nurse = DocumentStoreFixture.nurse();

    @BeforeEach
    void open() {
        store = new DocumentStoreFixture(dir, FileLimits.DEFAULT);
        engine = new TesseractOcrEngine(1, FileLimits.DEFAULT);
    }

    @AfterEach
    void close() {
        engine.close();
        store.close();
    }

    private Document addAndRead(String patient, String... lines) throws Exception {
        byte[] bytes = TestFiles.png(TestFiles.page(lines));
        Document d = store.service.add(nurse, store.patient(patient), new DocumentFile(patient + ".png", bytes));
        OcrResult result = engine.read(bytes, d.mediaType(), OcrProgress.NONE, new CancelSignal());
        return store.service.recordOcr(nurse, d, result);
    }

    @Test
    void searchFindsThePageContainingEveryWordOfTheQuery() throws Exception {
        Document asha = addAndRead("Asha", "Tab. Amoxicillin 500 mg TDS x 5 days", "Diagnosis: Acute pharyngitis");
        Document ravi = addAndRead("Ravi", "Tab. Metformin 500 mg BD", "Diagnosis: Type 2 diabetes mellitus");

        assertThat(store.service.search(nurse, "amoxicillin", 10)).singleElement().satisfies(hit -> {
            assertThat(hit.documentId()).isEqualTo(asha.id());
            assertThat(hit.pageNumber()).isEqualTo(1);
            assertThat(hit.snippet()).containsIgnoringCase("Amoxicillin 500 mg");
        });
        assertThat(store.service.search(nurse, "METFORMIN diabetes", 10)).extracting(h -> h.documentId())
                .containsExactly(ravi.id());
        assertThat(store.service.search(nurse, "500 mg", 10)).hasSize(2);
        assertThat(store.service.search(nurse, "warfarin", 10)).isEmpty();
    }

    @Test
    void readDocumentIsMarkedReadWithItsPagesStored() throws Exception {
        Document d = addAndRead("Asha", "Haemoglobin 11.2 g/dL 13.0 - 17.0 L");
        assertThat(d.ocrStatus()).isEqualTo(OcrStatus.READ);
        assertThat(store.tx.inTransaction(() -> store.documents.findById(d.id())).orElseThrow().ocrStatus())
                .isEqualTo(OcrStatus.READ);
        assertThat(store.count("document_page")).isEqualTo(1);
    }

    @Test
    void readingAgainReplacesThePageTextWithTombstonesNotDeletes() throws Exception {
        byte[] bytes = TestFiles.png(TestFiles.page("Tab. Cetirizine 10 mg OD"));
        Document d = store.service.add(nurse, store.patient("Asha"), new DocumentFile("a.png", bytes));
        OcrResult result = engine.read(bytes, d.mediaType(), OcrProgress.NONE, new CancelSignal());
        store.service.recordOcr(nurse, d, result);
        store.service.recordOcr(nurse, d, result);
        assertThat(store.count("document_page")).isEqualTo(2);
        assertThat(store.service.search(nurse, "cetirizine", 10)).hasSize(1);
    }

    @Test
    void emptyQueryIsRefused() {
        assertThatThrownBy(() -> store.service.search(nurse, "  ", 10)).isInstanceOf(ValidationException.class)
                .hasMessage("query: is empty");
    }
}
