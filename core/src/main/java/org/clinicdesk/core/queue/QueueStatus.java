package org.clinicdesk.core.queue;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * Where a patient is in today's flow. Forward moves follow the clinic's path; CANCELLED and NO_SHOW are reachable
 * from any open state; going back is only possible through an explicit requeue (see {@link QueueService}).
 * A doctor may call a waiting emergency patient straight into consultation, skipping triage.
 */
public enum QueueStatus {
    WAITING(0),
    IN_TRIAGE(1),
    READY_FOR_DOCTOR(2),
    IN_CONSULTATION(3),
    COMPLETED(4),
    CANCELLED(4),
    NO_SHOW(4);

    private final int stage;

    QueueStatus(int stage) {
        this.stage = stage;
    }

    /** How far along the flow: sync uses it so that status never moves backwards. */
    public int stage() {
        return stage;
    }

    /** As people read it, in the chosen language (core's bundle): "Ready for doctor". */
    public String label() {
        return CoreMessages.text("status." + name());
    }

    public boolean isOpen() {
        return stage < 4;
    }

    public Set<QueueStatus> forwardMoves() {
        return switch (this) {
            case WAITING -> EnumSet.of(IN_TRIAGE, IN_CONSULTATION, CANCELLED, NO_SHOW);
            case IN_TRIAGE -> EnumSet.of(READY_FOR_DOCTOR, CANCELLED, NO_SHOW);
            case READY_FOR_DOCTOR -> EnumSet.of(IN_CONSULTATION, CANCELLED, NO_SHOW);
            case IN_CONSULTATION -> EnumSet.of(COMPLETED, CANCELLED, NO_SHOW);
            case COMPLETED, CANCELLED, NO_SHOW -> EnumSet.noneOf(QueueStatus.class);
        };
    }

    public boolean canMoveTo(QueueStatus target) {
        return forwardMoves().contains(target);
    }

    public static QueueStatus parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("status", CoreMessages.text("common.missing"));
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", CoreMessages.text("queue.status.unknown", text));
        }
    }
}
