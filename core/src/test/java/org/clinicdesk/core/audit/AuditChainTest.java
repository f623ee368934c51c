package org.clinicdesk.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditEvent> chain(int n) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEvent e = AuditChain.seal(UUID.randomUUID(), "A", i, Instant.parse("2026-11-21T09:00:00Z").plusSeconds(i),
                    "nurse", AuditRecord.of(AuditAction.PATIENT_REGISTERED, "patient", UUID.randomUUID(), "A-00000" + i),
                    previous);
            events.add(e);
            previous = e.hash();
        }
        return events;
    }

    private static Optional<AuditLog.ChainHead> headOf(List<AuditEvent> events) {
        AuditEvent last = events.get(events.size() - 1);
        return Optional.of(new AuditLog.ChainHead(last.sequence(), last.hash()));
    }

    @Test
    void untouchedChainIsIntact() {
        List<AuditEvent> events = chain(5);
        ChainVerification v = AuditChain.verify("A", events, headOf(events));
        assertThat(v.intact()).isTrue();
        assertThat(v.firstBadSequence()).isEmpty();
    }

    @Test
    void editingAnyFieldIsDetectedAtThatEvent() {
        List<UnaryOperator<AuditEvent>> edits = List.of(
                e -> new AuditEvent(e.id(), e.site(), e.sequence(), e.occurredAt().plusSeconds(1), e.username(), e.action(), e.entityType(), e.entityId(), e.detail(), e.rowDigest(), e.previousHash(), e.hash()),
                e -> new AuditEvent(e.id(), e.site(), e.sequence(), e.occurredAt(), "admin", e.action(), e.entityType(), e.entityId(), e.detail(), e.rowDigest(), e.previousHash(), e.hash()),
                e -> new AuditEvent(e.id(), e.site(), e.sequence(), e.occurredAt(), e.username(), "SIGN_IN", e.entityType(), e.entityId(), e.detail(), e.rowDigest(), e.previousHash(), e.hash()),
                e -> new AuditEvent(e.id(), e.site(), e.sequence(), e.occurredAt(), e.username(), e.action(), e.entityType(), "x", e.detail(), e.rowDigest(), e.previousHash(), e.hash()),
                e -> new AuditEvent(e.id(), e.site(), e.sequence(), e.occurredAt(), e.username(), e.action(), e.entityType(), e.entityId(), "other", e.rowDigest(), e.previousHash(), e.hash()),
                e -> new AuditEvent(e.id(), e.site(), e.sequence(), e.occurredAt(), e.username(), e.action(), e.entityType(), e.entityId(), e.detail(), "given_name:0123456789abcdef", e.previousHash(), e.hash()));
        for (UnaryOperator<AuditEvent> edit : edits) {
            List<AuditEvent> events = chain(5);
            Optional<AuditLog.ChainHead> head = headOf(events);
            events.set(2, edit.apply(events.get(2)));
            ChainVerification v = AuditChain.verify("A", events, head);
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBadSequence()).contains(3L);
        }
    }

    @Test
    void removingAMiddleEventIsDetected() {
        List<AuditEvent> events = chain(5);
        Optional<AuditLog.ChainHead> head = headOf(events);
        events.remove(1);
        ChainVerification v = AuditChain.verify("A", events, head);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBadSequence()).contains(3L);
    }

    @Test
    void removingTheLastEventIsDetectedByTheHead() {
        List<AuditEvent> events = chain(5);
        Optional<AuditLog.ChainHead> head = headOf(events);
        events.remove(4);
        assertThat(AuditChain.verify("A", events, head).intact()).isFalse();
    }

    @Test
    void swappingTwoEventsIsDetected() {
        List<AuditEvent> events = chain(5);
        Optional<AuditLog.ChainHead> head = headOf(events);
        AuditEvent second = events.get(1);
        AuditEvent third = events.get(2);
        // Reordering in a database means swapping the sequence numbers, so the store returns them swapped.
        events.set(1, new AuditEvent(third.id(), third.site(), 2, third.occurredAt(), third.username(), third.action(), third.entityType(), third.entityId(), third.detail(), third.rowDigest(), third.previousHash(), third.hash()));
        events.set(2, new AuditEvent(second.id(), second.site(), 3, second.occurredAt(), second.username(), second.action(), second.entityType(), second.entityId(), second.detail(), second.rowDigest(), second.previousHash(), second.hash()));
        ChainVerification v = AuditChain.verify("A", events, head);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBadSequence()).contains(2L);
    }
}
