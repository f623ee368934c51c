package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.documents.MediaType;
import org.clinicdesk.core.documents.OcrPage;
import org.clinicdesk.core.documents.OcrStatus;
import org.clinicdesk.core.patient.Patient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Document rows and their OCR text reach the other desktop through the central server, searchable there. */
class DocumentSyncTest {
    private static final UUID CLINIC = UUID.randomUUID();
    @TempDir
    static Path dir;
    private static PgTestDatabase db;
    private static Desktop reception;
    private static Desktop doctor;

    @BeforeAll
    static void start() {
        db = PgTestDatabase.create();
        reception = new Desktop(dir.resolve("A"), "A", CLINIC, db.site(CLINIC, "A"), Clock.systemUTC());
        doctor = new Desktop(dir.resolve("B"), "B", CLINIC, db.site(CLINIC, "B"), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        reception.close();
        doctor.close();
        db.close();
    }

    @Test
    void aDocumentReadAtReceptionIsSearchableOnTheDoctorsDesk() {
        Patient patient = reception.register(new Random(11));
        var store = reception.store;
        Document document = new Document(store.context().ids().newId(), patient.id(), "ab".repeat(32), "rx.png",
                MediaType.PNG, 1234, 1, "nurse", java.time.Instant.now(), OcrStatus.PENDING);
        store.context().tx().run(() -> {
            store.documents().save(document);
            store.documents().saveText(document.id(), List.of(new OcrPage(1, "Tab. Amlodipine 5 mg OD", List.of(), 0, 0)));
        });
        assertThat(reception.sync().pushed()).isGreaterThanOrEqualTo(3);

        Document stored = store.context().tx().inTransaction(() -> store.documents().findById(document.id())).orElseThrow();

        doctor.sync();

        assertThat(doctor.store.context().tx().inTransaction(() -> doctor.store.documents().findById(document.id())))
                .hasValueSatisfying(d -> {
                    assertThat(d).isEqualTo(stored);
                    assertThat(d.ocrStatus()).isEqualTo(OcrStatus.READ);
                });
        assertThat(doctor.store.context().tx().inTransaction(() -> doctor.store.documents().search("amlodipine", 5)))
                .singleElement().satisfies(m -> assertThat(m.documentId()).isEqualTo(document.id()));
        assertThat(doctor.store.outbox().size()).isZero();
    }

    @Test
    void theScannedBytesArriveIntactAndAreStoredOnceOnTheServer() throws Exception {
        byte[] scan = new byte[600_000]; // more than two chunks
        new Random(5).nextBytes(scan);
        String sha = CentralBlobs.sha256(scan);
        Patient patient = reception.register(new Random(12));
        for (Desktop desk : List.of(reception, doctor)) {
            // The same paper scanned at both desks while they were apart.
            var store = desk.store;
            assertThat(store.blobs().put(scan)).isEqualTo(sha);
            Document document = new Document(store.context().ids().newId(), patient.id(), sha, "lab.png",
                    MediaType.PNG, scan.length, 1, "nurse", java.time.Instant.now(), OcrStatus.PENDING);
            store.context().tx().run(() -> store.documents().save(document));
        }
        reception.sync();
        doctor.sync();
        reception.sync();

        try (var central = db.admin().connect(); var st = central.createStatement();
             var rs = st.executeQuery("SELECT count(*), (SELECT count(*) FROM blob_chunk WHERE sha256 = '" + sha
                     + "') FROM blob WHERE sha256 = '" + sha + "' AND complete")) {
            rs.next();
            assertThat(rs.getInt(1)).as("one blob for the clinic").isEqualTo(1);
            assertThat(rs.getInt(2)).as("its chunks, once").isEqualTo(3);
        }
        Desktop latecomer = new Desktop(dir.resolve("C"), "C", CLINIC, db.site(CLINIC, "C"), Clock.systemUTC());
        try {
            latecomer.sync();
            assertThat(latecomer.store.blobs().get(sha)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(scan));
        } finally {
            latecomer.close();
        }
    }
}
