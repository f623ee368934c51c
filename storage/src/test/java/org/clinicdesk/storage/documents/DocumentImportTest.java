package org.clinicdesk.storage.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.MediaType;
import org.clinicdesk.core.documents.OcrStatus;
import org.clinicdesk.core.documents.Sha256;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentImportTest {
    @TempDir
    Path dir;
    private DocumentStoreFixture store;

    @BeforeEach
    void open() {
        store = new DocumentStoreFixture(dir, FileLimits.DEFAULT);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    @Test
    void pngJpegMultiPageTiffAndPdfAreStoredWithTheirTypeAndPageCount() throws Exception {
        Patient patient = store.patient("Asha");
        Actor nurse = DocumentStoreFixture.nurse();
        var page = TestFiles.page("Tab. Paracetamol 500 mg TDS");
        Document png = store.service.add(nurse, patient, new DocumentFile("rx.png", TestFiles.png(page)));
        Document jpeg = store.service.add(nurse, patient, new DocumentFile("rx.jpg", TestFiles.jpeg(page)));
        Document tiff = store.service.add(nurse, patient, new DocumentFile("scan.tif",
                TestFiles.tiff(List.of(page, TestFiles.page("page two"), TestFiles.page("page three")))));
        Document pdf = store.service.add(nurse, patient, new DocumentFile("report.pdf",
                TestFiles.pdf(List.of("Haemoglobin 11.2 g/dL", "Creatinine 0.9 mg/dL"))));

        assertThat(List.of(png, jpeg, tiff, pdf)).extracting(Document::mediaType, Document::pageCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MediaType.PNG, 1),
                        org.assertj.core.groups.Tuple.tuple(MediaType.JPEG, 1),
                        org.assertj.core.groups.Tuple.tuple(MediaType.TIFF_BIG_ENDIAN, 3),
                        org.assertj.core.groups.Tuple.tuple(MediaType.PDF, 2));
        assertThat(store.service.forPatient(nurse, patient)).hasSize(4).allMatch(d -> d.ocrStatus() == OcrStatus.PENDING);
        assertThat(store.count("document")).isEqualTo(4);
    }

    @Test
    void bytesAreStoredEncryptedUnderTheSha256OfThePlainBytesInATwoLevelFolder() throws Exception {
        byte[] bytes = TestFiles.png(TestFiles.page("Metformin 500 mg BD"));
        Document d = store.service.add(DocumentStoreFixture.nurse(), store.patient("Asha"), new DocumentFile("a.png", bytes));
        String sha = Sha256.hex(bytes);
        assertThat(d.sha256()).isEqualTo(sha);
        Path blob = dir.resolve("blobs").resolve(sha.substring(0, 2)).resolve(sha.substring(2));
        assertThat(Files.readAllBytes(blob)).isNotEqualTo(bytes).startsWith("CDB1".getBytes(StandardCharsets.US_ASCII));
        assertThat(store.blobs.get(sha)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
    }

    @Test
    void blobWhoseTagFailsIsRefusedNamingTheFile() throws Exception {
        byte[] bytes = TestFiles.png(TestFiles.page("Metformin 500 mg BD"));
        String sha = store.blobs.put(bytes);
        Path file = store.blobs.pathOf(sha);
        byte[] sealed = Files.readAllBytes(file);
        sealed[sealed.length / 2] ^= 1;
        Files.write(file, sealed);
        assertThatThrownBy(() -> store.blobs.get(sha)).isInstanceOf(DiskBlobStore.UnreadableDocumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("tag does not match");
    }

    @Test
    void blobReplacedByOtherBytesIsRefusedNamingTheFile() throws Exception {
        String sha = store.blobs.put(TestFiles.png(TestFiles.page("Metformin 500 mg BD")));
        Files.write(store.blobs.pathOf(sha), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> store.blobs.get(sha)).hasMessageContaining(store.blobs.pathOf(sha).toString());
    }

    @Test
    void sameFileAttachedTwiceToAPatientIsOneDocumentAndOneBlob() throws Exception {
        Patient patient = store.patient("Asha");
        byte[] bytes = TestFiles.png(TestFiles.page("Amlodipine 5 mg OD"));
        Document first = store.service.add(DocumentStoreFixture.nurse(), patient, new DocumentFile("a.png", bytes));
        Document again = store.service.add(DocumentStoreFixture.nurse(), patient, new DocumentFile("copy of a.png", bytes));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(store.count("document")).isEqualTo(1);
        assertThat(store.blobFiles()).isEqualTo(1);
    }

    @Test
    void sameFileForTwoPatientsIsTwoDocumentsSharingOneBlob() throws Exception {
        byte[] bytes = TestFiles.png(TestFiles.page("Amlodipine 5 mg OD"));
        Document a = store.service.add(DocumentStoreFixture.nurse(), store.patient("Asha"), new DocumentFile("a.png", bytes));
        Document b = store.service.add(DocumentStoreFixture.nurse(), store.patient("Ravi"), new DocumentFile("a.png", bytes));
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(store.count("document")).isEqualTo(2);
        assertThat(store.blobFiles()).isEqualTo(1);
    }

    @Test
    void importIsAuditedWithThePatientAndFile() throws Exception {
        Patient patient = store.patient("Asha");
        store.service.add(DocumentStoreFixture.nurse(), patient, new DocumentFile("rx.png", TestFiles.png(TestFiles.page("x"))));
        assertThat(store.auditEvents()).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.DOCUMENT_ADDED.name());
            assertThat(r.detail()).contains(patient.uhid().value()).contains("rx.png");
        });
    }

    @Test
    void receptionMayNotAddDocumentsAndNothingIsStored() throws Exception {
        Actor reception = new Actor(UUID.randomUUID(), "desk", Role.RECEPTION, DocumentStoreFixture.SITE);
        byte[] bytes = TestFiles.png(TestFiles.page("x"));
        assertThatThrownBy(() -> store.service.add(reception, store.patient("Asha"), new DocumentFile("a.png", bytes)))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("add documents");
        assertThat(store.count("document")).isZero();
        assertThat(store.blobFiles()).isZero();
    }
}
