package org.clinicdesk.storage.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.OcrPage;
import org.clinicdesk.core.documents.OcrResult;
import org.clinicdesk.core.documents.OcrWord;
import org.clinicdesk.core.documents.WordBox;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.storage.outbox.OutboxRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Document rows go through LocalStore's unit of work: stamped, captured in the outbox, and atomic with the audit event. */
class DocumentOutboxTest {
    @TempDir
    Path dir;
    private DocumentStoreFixture store;
    private final Actor nurse = DocumentStoreFixture.nurse();

    @BeforeEach
    void open() {
        store = new DocumentStoreFixture(dir, FileLimits.DEFAULT);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<OutboxRow> outbox(String table) {
        return store.localStore.outbox().after(0, 1000).stream().filter(r -> r.table().equalsIgnoreCase(table)).toList();
    }

    @Test
    void addedDocumentIsStampedAndCapturedInTheOutboxWithItsAuditEvent() throws Exception {
        Document d = store.service.add(nurse, store.patient("Asha"),
                new DocumentFile("rx.png", TestFiles.png(TestFiles.page("Tab. Paracetamol 500 mg TDS"))));

        assertThat(outbox("document")).singleElement().satisfies(r -> {
            assertThat(r.rowId()).isEqualTo(d.id());
            assertThat(r.operation()).isEqualTo("INSERT");
        });
        assertThat(outbox("audit_event")).hasSize(1);
        assertThat(store.auditEvents()).extracting(e -> e.action()).containsExactly(AuditAction.DOCUMENT_ADDED.name());
        assertThat(store.count("document WHERE site = 'A' AND version IS NOT NULL")).isEqualTo(1);
    }

    @Test
    void rereadingTombstonesTheOldPagesAndRecordsEveryChange() throws Exception {
        Document d = store.service.add(nurse, store.patient("Asha"),
                new DocumentFile("rx.png", TestFiles.png(TestFiles.page("Tab. Paracetamol 500 mg TDS"))));
        OcrPage page = new OcrPage(1, "Paracetamol", List.of(new OcrWord("Paracetamol", 91f, new WordBox(1, 2, 3, 4), 0, 11)), 0, 0);
        store.service.recordOcr(nurse, d, new OcrResult.Success(List.of(page)));
        store.service.recordOcr(nurse, d, new OcrResult.Success(List.of(page)));

        assertThat(store.count("document_page")).isEqualTo(2);
        assertThat(store.count("document_page WHERE deleted")).isEqualTo(1);
        assertThat(outbox("document_page")).extracting(OutboxRow::operation)
                .containsExactlyInAnyOrder("INSERT", "DELETE", "INSERT");
        assertThat(outbox("document")).extracting(OutboxRow::operation).contains("UPDATE");
    }

    @Test
    void aFailureAfterTheRowIsWrittenLeavesNoRowNoOutboxAndNoAuditEvent() throws Exception {
        var patient = store.patient("Asha");
        byte[] bytes = TestFiles.png(TestFiles.page("Tab. Paracetamol 500 mg TDS"));
        assertThatThrownBy(() -> store.tx.inTransaction(() -> {
            store.service.add(nurse, patient, new DocumentFile("rx.png", bytes));
            throw new IllegalStateException("power cut");
        })).hasMessage("power cut");

        assertThat(store.count("document")).isZero();
        assertThat(store.count("outbox")).isZero();
        assertThat(store.auditEvents()).isEmpty();
        Document again = store.service.add(nurse, patient, new DocumentFile("rx.png", bytes));
        assertThat(store.count("document")).isEqualTo(1);
        assertThat(again.sha256()).hasSize(64);
    }

    @Test
    void ocrOfAStoredDocumentIsSearchableThroughTheStore() throws Exception {
        Document d = store.service.add(nurse, store.patient("Asha"),
                new DocumentFile("rx.png", TestFiles.png(TestFiles.page("Tab. Amlodipine 5 mg OD"))));
        OcrPage page = new OcrPage(1, "Tab. Amlodipine\n5 mg OD", List.of(), 0, 0);
        store.service.recordOcr(nurse, d, new OcrResult.Success(List.of(page)));

        assertThat(store.service.search(nurse, "amlodipine 5 MG", 10)).singleElement()
                .satisfies(m -> assertThat(m.documentId()).isEqualTo(d.id()));
        assertThat(store.service.search(nurse, "atenolol", 10)).isEmpty();
    }
}
