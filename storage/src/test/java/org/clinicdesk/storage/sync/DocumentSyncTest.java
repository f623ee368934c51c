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
}
