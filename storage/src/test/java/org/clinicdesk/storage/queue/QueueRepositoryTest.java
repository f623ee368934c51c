package org.clinicdesk.storage.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.queue.QueueTransition;
import org.clinicdesk.core.queue.Token;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueRepositoryTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    static final Instant NINE = Instant.parse("2026-11-21T03:30:00.123456Z");
    @TempDir
    Path dir;
    LocalStore store;
    Patient patient;

    @BeforeEach
    void open() {
        store = TestStores.openInitialised(dir);
        patient = TestStores.savedPatient(store, 1, "Asha Rao", null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private QueueEntry entry(int number, Priority priority, QueueStatus status) {
        return new QueueEntry(store.context().ids().newId(), patient.id(), new Token(TestStores.SITE, number), DAY, priority,
                status, NINE, NINE.plusSeconds(60), 0);
    }

    @Test
    void entriesAndTransitionsRoundTripEveryField() {
        QueueEntry e = entry(14, Priority.URGENT, QueueStatus.WAITING);
        QueueTransition first = new QueueTransition(store.context().ids().newId(), e.id(), null, QueueStatus.WAITING,
                "reception", NINE, "");
        QueueEntry moved = new QueueEntry(e.id(), e.patientId(), e.token(), DAY, e.priority(), QueueStatus.IN_TRIAGE,
                NINE, NINE.plusSeconds(300), 1);
        QueueTransition second = new QueueTransition(store.context().ids().newId(), e.id(), QueueStatus.WAITING,
                QueueStatus.IN_TRIAGE, "nurse", NINE.plusSeconds(300), "fever");
        store.context().tx().run(() -> {
            store.queue().save(e);
            store.queue().record(first);
        });
        store.context().tx().run(() -> {
            store.queue().save(moved);
            store.queue().record(second);
        });

        assertThat(store.queue().findById(e.id())).contains(moved);
        assertThat(store.queue().findByToken(DAY, Token.parse("A-014"))).contains(moved);
        assertThat(store.queue().findByToken(DAY.plusDays(1), Token.parse("A-014"))).isEmpty();
        assertThat(store.queue().forDay(DAY)).containsExactly(moved);
        assertThat(store.queue().transitionsOf(e.id())).containsExactly(first, second);
    }

    @Test
    void openEntryIsFoundOnlyWhileTheVisitIsOpen() {
        QueueEntry e = entry(1, Priority.NORMAL, QueueStatus.IN_CONSULTATION);
        store.context().tx().run(() -> store.queue().save(e));
        assertThat(store.queue().openEntryFor(patient.id(), DAY)).contains(e);
        assertThat(store.queue().openEntryFor(patient.id(), DAY.minusDays(1))).isEmpty();

        QueueEntry done = e.movedTo(QueueStatus.COMPLETED, NINE.plusSeconds(900));
        store.context().tx().run(() -> store.queue().save(done));
        assertThat(store.queue().openEntryFor(patient.id(), DAY)).isEmpty();
    }
}
