package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.clinicdesk.core.notes.Amendment;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.patient.Patient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note's follow-up day and reason, signed and amended on one desk, reach the other desk through the central server.
 */
class NoteFollowUpSyncTest {
    private static final UUID CLINIC = UUID.randomUUID();
    @TempDir
    static Path dir;
    private static PgTestDatabase db;

    @BeforeAll
    static void start() {
        db = PgTestDatabase.create();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void followUpDayAndReasonOfSignedNoteAndOfItsAmendmentSync() {
        try (Desktop room = new Desktop(dir.resolve("A"), "A", CLINIC, db.site(CLINIC, "A"), Clock.systemUTC());
             Desktop desk = new Desktop(dir.resolve("B"), "B", CLINIC, db.site(CLINIC, "B"), Clock.systemUTC())) {
            Random random = new Random(17);
            Patient patient = room.register(random);
            SoapNote draft = room.draft(patient.id(), random);
            LocalDate first = LocalDate.of(2026, 12, 7);
            LocalDate moved = LocalDate.of(2026, 12, 14);
            SoapNote asking = new SoapNote(draft.id(), draft.patientId(), draft.author(), draft.status(),
                    draft.content().withFollowUp(Optional.of(first), "review BP"), draft.createdAt(), draft.updatedAt(), null, null);
            room.store.context().tx().run(() -> room.store.notes().save(asking));
            room.sign(draft.id());
            room.store.context().tx().run(() -> room.store.notes().add(new Amendment(room.store.context().ids().newId(),
                    draft.id(), "docA", Clock.systemUTC().instant(), "later",
                    asking.content().withFollowUp(Optional.of(moved), "dressing change"))));
            room.sync();
            desk.sync();
            assertThat(desk.store.notes().findById(draft.id()).orElseThrow().content())
                    .satisfies(c -> assertThat(c.followUp()).contains(first))
                    .satisfies(c -> assertThat(c.followUpReason()).isEqualTo("review BP"));
            assertThat(desk.store.notes().amendmentsOf(draft.id())).singleElement()
                    .satisfies(a -> assertThat(a.content().followUp()).contains(moved))
                    .satisfies(a -> assertThat(a.content().followUpReason()).isEqualTo("dressing change"));
        }
    }
}
