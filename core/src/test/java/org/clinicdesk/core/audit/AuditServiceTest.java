package org.clinicdesk.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.clinicdesk.core.MemoryClinic;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The administrator's audit review: the chain verified, events listed by patient, user, action and day. */
class AuditServiceTest {
    private final Actor admin = MemoryClinic.actor(Role.ADMIN);
    private MemoryClinic clinic;
    private AuditService audit;

    @BeforeEach
    void setUp() {
        clinic = new MemoryClinic();
        audit = new AuditService(clinic.ctx.tx(), clinic.ctx.audit());
        clinic.ctx.audit().append("nurse.ann", AuditRecord.aboutPatient(AuditAction.CHART_OPENED, "patient", "p1",
                "A-000001-" + new org.clinicdesk.core.patient.Uhid(MemoryClinic.SITE, 1).checkCharacter(), ""));
        clinic.clock.advance(Duration.ofDays(1));
        clinic.ctx.audit().append("dr.rao", AuditRecord.of(AuditAction.EMERGENCY_ACCESS, "user", "u1", "server down"));
        clinic.ctx.audit().append("dr.rao", AuditRecord.of(AuditAction.NOTE_READ, "soap_note", "n1", ""));
    }

    @Test
    void anIntactChainVerifiesAndAnEditedEventIsFound() {
        assertThat(audit.verify(admin)).singleElement().satisfies(v -> assertThat(v.intact()).isTrue());
        AuditEvent e = clinic.audit.get(1);
        clinic.audit.set(1, new AuditEvent(e.id(), e.site(), e.sequence(), e.occurredAt(), "someone.else", e.action(),
                e.entityType(), e.entityId(), e.detail(), e.rowDigest(), e.previousHash(), e.hash()));
        assertThat(audit.verifyAll()).singleElement().satisfies(v -> {
            assertThat(v.intact()).isFalse();
            assertThat(v.reason()).contains("changed");
        });
        assertThatThrownBy(() -> audit.verify(MemoryClinic.actor(Role.DOCTOR))).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void eventsAreListedNewestFirstByUserActionDayOrPatient() {
        assertThat(audit.list(admin, AuditQuery.all(), ZoneOffset.UTC)).extracting(AuditEvent::action)
                .containsExactly("NOTE_READ", "EMERGENCY_ACCESS", "CHART_OPENED");
        assertThat(audit.list(admin, AuditQuery.emergencies(), ZoneOffset.UTC)).extracting(AuditEvent::username)
                .containsExactly("dr.rao");
        assertThat(audit.list(admin, new AuditQuery(Optional.empty(), Optional.of(" nurse.ann "), Optional.of("chart-opened"),
                Optional.empty()), ZoneOffset.UTC)).hasSize(1);
        assertThat(audit.list(admin, new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2026, 11, 30))), ZoneOffset.UTC)).extracting(AuditEvent::action)
                .containsExactly("CHART_OPENED");
        String uhid = clinic.audit.get(0).detail();
        assertThat(audit.list(admin, new AuditQuery(Optional.of(uhid), Optional.empty(), Optional.empty(),
                Optional.empty()), ZoneOffset.UTC)).extracting(AuditEvent::username).containsExactly("nurse.ann");
    }

    @Test
    void anUnknownActionIsRefusedNamingTheField() {
        assertThatThrownBy(() -> AuditQuery.parseAction("coffee-break"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("action"));
        assertThat(AuditQuery.parseAction("note read")).isEqualTo(AuditAction.NOTE_READ);
    }

    @Test
    void movingTheDeskKeyIsAuditedWithWhatTheMoveReports() {
        audit.moveDeskKey(admin, "desk-key-1", () -> "moved from a file to the keystore");
        assertThat(clinic.audit.get(clinic.audit.size() - 1)).satisfies(e -> {
            assertThat(e.action()).isEqualTo("DESK_KEY_MOVED");
            assertThat(e.detail()).isEqualTo("moved from a file to the keystore");
        });
        assertThatThrownBy(() -> audit.moveDeskKey(MemoryClinic.actor(Role.DOCTOR), "k", () -> "x"))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
