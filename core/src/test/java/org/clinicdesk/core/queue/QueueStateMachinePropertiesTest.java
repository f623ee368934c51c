package org.clinicdesk.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.testing.Gen;
import org.clinicdesk.core.testing.SeededProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QueueStateMachinePropertiesTest {

    @SeededProperty
    void acceptedMovesNeverGoBackwards(Gen gen) {
        List<QueueStatus> attempts = gen.listOf(0, 30, () -> gen.oneOf(QueueStatus.class));
        QueueStatus current = QueueStatus.WAITING;
        for (QueueStatus target : attempts) {
            if (current.canMoveTo(target)) {
                assertThat(target.stage()).as("%s to %s", current, target).isGreaterThan(current.stage());
                current = target;
            }
        }
    }

    @ParameterizedTest(name = "to {0}")
    @EnumSource(QueueStatus.class)
    void closedStatesAcceptNoMove(QueueStatus target) {
        for (QueueStatus closed : EnumSet.of(QueueStatus.COMPLETED, QueueStatus.CANCELLED, QueueStatus.NO_SHOW)) {
            assertThat(closed.canMoveTo(target)).as(closed.name()).isFalse();
        }
    }

    @Test
    void cancelAndNoShowAreReachableFromEveryOpenState() {
        for (QueueStatus s : QueueStatus.values()) {
            if (s.isOpen()) {
                assertThat(s.canMoveTo(QueueStatus.CANCELLED)).as(s.name()).isTrue();
                assertThat(s.canMoveTo(QueueStatus.NO_SHOW)).as(s.name()).isTrue();
            }
        }
    }

    @Test
    void theClinicPathIsAllowedStepByStep() {
        List<QueueStatus> path = List.of(QueueStatus.WAITING, QueueStatus.IN_TRIAGE, QueueStatus.READY_FOR_DOCTOR,
                QueueStatus.IN_CONSULTATION, QueueStatus.COMPLETED);
        for (int i = 0; i + 1 < path.size(); i++) {
            assertThat(path.get(i).canMoveTo(path.get(i + 1))).isTrue();
        }
        assertThat(QueueStatus.COMPLETED.canMoveTo(QueueStatus.WAITING)).isFalse();
        assertThat(QueueStatus.READY_FOR_DOCTOR.canMoveTo(QueueStatus.IN_TRIAGE)).isFalse();
    }

    @Test
    void statusesParseAsPeopleTypeThem() {
        assertThat(QueueStatus.parse("ready-for-doctor")).isEqualTo(QueueStatus.READY_FOR_DOCTOR);
        assertThat(QueueStatus.parse("no show")).isEqualTo(QueueStatus.NO_SHOW);
        assertThatThrownBy(() -> QueueStatus.parse("asleep"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("status"));
    }

    @Test
    void tokensParseAndRefuseGarbage() {
        assertThat(Token.parse("a-14").value()).isEqualTo("A-014");
        assertThatThrownBy(() -> Token.parse("14")).isInstanceOf(ValidationException.class);
    }

    @Test
    void everyTargetNeedsARoleThatOwnsIt() {
        for (QueueStatus s : QueueStatus.values()) {
            assertThat(QueueService.permissionFor(s)).isNotNull();
        }
    }
}
