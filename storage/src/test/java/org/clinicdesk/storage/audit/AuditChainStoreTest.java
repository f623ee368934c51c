package org.clinicdesk.storage.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditEvent;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.audit.AuditService;
import org.clinicdesk.core.audit.ChainVerification;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditChainStoreTest {
    @TempDir
    Path dir;
    LocalStore store;
    AuditService audit;

    @BeforeEach
    void open() {
        store = TestStores.openInitialised(dir);
        audit = new AuditService(store.context().tx(), store.auditLog());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<AuditEvent> appendFive() {
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            events.add(store.context().tx().inTransaction(() -> store.auditLog().append("nurse",
                    AuditRecord.of(AuditAction.CHART_OPENED, "patient", "p" + n, "opened chart " + n))));
        }
        return events;
    }

    private ChainVerification verifySiteA() {
        List<ChainVerification> results = audit.verifyAll();
        assertThat(results).extracting(ChainVerification::site).containsExactly("A");
        return results.get(0);
    }

    @Test
    void eventsAreChainedWithSequencesAndTheHeadFollows() {
        List<AuditEvent> events = appendFive();
        assertThat(events).extracting(AuditEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(events.get(1).previousHash()).isEqualTo(events.get(0).hash());
        assertThat(store.auditLog().chainOf("A")).isEqualTo(events);
        assertThat(store.auditLog().head("A")).contains(new org.clinicdesk.core.audit.AuditLog.ChainHead(5, events.get(4).hash()));
        assertThat(verifySiteA().intact()).isTrue();
    }

    @Test
    void anUntouchedEmptyStoreIsIntact() {
        ChainVerification v = verifySiteA();
        assertThat(v.intact()).isTrue();
        assertThat(v.eventsChecked()).isZero();
    }

    @Test
    void changingAnyFieldOfOneEventIsDetectedAtThatEvent() throws SQLException {
        for (String change : List.of("username = 'admin'", "detail = 'nothing'", "action = 'SIGN_IN'",
                "entity_id = 'p9'", "occurred_at = occurred_at + INTERVAL '1' SECOND", "entity_type = 'user'")) {
            store.close();
            store = TestStores.openInitialised(dir.resolve(Integer.toString(change.hashCode())));
            audit = new AuditService(store.context().tx(), store.auditLog());
            appendFive();
            assertThat(TestStores.execute(store, "UPDATE audit_event SET " + change + " WHERE sequence = 3")).isEqualTo(1);

            ChainVerification v = verifySiteA();
            assertThat(v.intact()).as(change).isFalse();
            assertThat(v.firstBadSequence()).as(change).contains(3L);
        }
    }

    @Test
    void deletingAMiddleEventIsDetected() throws SQLException {
        appendFive();
        TestStores.execute(store, "DELETE FROM audit_event WHERE sequence = 3");
        ChainVerification v = verifySiteA();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBadSequence()).contains(4L);
        assertThat(v.reason()).contains("removed or reordered");
    }

    @Test
    void deletingTheLastEventIsDetectedThroughTheHead() throws SQLException {
        appendFive();
        TestStores.execute(store, "DELETE FROM audit_event WHERE sequence = 5");
        ChainVerification v = verifySiteA();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBadSequence()).contains(5L);
    }

    @Test
    void swappingTwoEventsSequencesIsDetected() throws SQLException {
        appendFive();
        TestStores.execute(store, "UPDATE audit_event SET sequence = -2 WHERE sequence = 2");
        TestStores.execute(store, "UPDATE audit_event SET sequence = 2 WHERE sequence = 3");
        TestStores.execute(store, "UPDATE audit_event SET sequence = 3 WHERE sequence = -2");
        ChainVerification v = verifySiteA();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBadSequence()).contains(2L);
    }

    @Test
    void concurrentWritersProduceOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    store.context().tx().run(() -> store.auditLog().append("user" + thread,
                            AuditRecord.of(AuditAction.PATIENT_SEARCHED, "patient", "", "search")));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        ChainVerification v = verifySiteA();
        assertThat(v.intact()).as(v.reason()).isTrue();
        assertThat(v.eventsChecked()).isEqualTo(80);
    }

    @Test
    void anEventRolledBackWithItsChangeLeavesTheChainIntact() {
        appendFive();
        try {
            store.context().tx().run(() -> {
                store.auditLog().append("nurse", AuditRecord.of(AuditAction.PATIENT_EDITED, "patient", "p1", ""));
                throw new IllegalStateException("edit failed");
            });
        } catch (IllegalStateException expected) {
            // the point of the test: the audit event goes with the failed change
        }
        appendFive();
        ChainVerification v = verifySiteA();
        assertThat(v.intact()).isTrue();
        assertThat(v.eventsChecked()).isEqualTo(10);
    }

    @Test
    void manyEventsOfOneTransactionFollowEachOtherAndTheHeadEndsOnTheLast() {
        appendFive();
        List<AuditEvent> inOne = store.context().tx().inTransaction(() -> {
            List<AuditEvent> events = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                events.add(store.auditLog().append("admin",
                        AuditRecord.of(AuditAction.CHART_OPENED, "patient", "q" + i, "imported chart " + i)));
            }
            return events;
        });
        assertThat(inOne).extracting(AuditEvent::sequence).containsExactly(6L, 7L, 8L, 9L);
        assertThat(inOne.get(0).previousHash()).isEqualTo(store.auditLog().chainOf("A").get(4).hash());
        assertThat(inOne.get(3).previousHash()).isEqualTo(inOne.get(2).hash());
        assertThat(store.auditLog().head("A"))
                .contains(new org.clinicdesk.core.audit.AuditLog.ChainHead(9, inOne.get(3).hash()));
        ChainVerification v = verifySiteA();
        assertThat(v.intact()).isTrue();
        assertThat(v.eventsChecked()).isEqualTo(9);
    }

    @Test
    void aHeadMovedByOtherSqlOfTheSameTransactionIsReadAgainBeforeTheNextEvent() {
        AuditEvent[] events = store.context().tx().inTransaction(() -> {
            AuditEvent first = store.auditLog().append("nurse",
                    AuditRecord.of(AuditAction.CHART_OPENED, "patient", "p1", "opened chart 1"));
            // as a restore's catch-up does: the head set by plain SQL in the same transaction
            store.unitOfWork().withSession(session -> session.createNativeMutationQuery(
                    "UPDATE audit_head SET sequence = 40, hash = 'moved' WHERE site = 'A'").executeUpdate());
            AuditEvent second = store.auditLog().append("nurse",
                    AuditRecord.of(AuditAction.CHART_OPENED, "patient", "p2", "opened chart 2"));
            return new AuditEvent[] {first, second};
        });
        assertThat(events[0].sequence()).isEqualTo(1);
        assertThat(events[1].sequence()).isEqualTo(41);
        assertThat(events[1].previousHash()).isEqualTo("moved");
        assertThat(store.auditLog().head("A"))
                .contains(new org.clinicdesk.core.audit.AuditLog.ChainHead(41, events[1].hash()));
    }
}
