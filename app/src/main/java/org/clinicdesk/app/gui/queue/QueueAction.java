package org.clinicdesk.app.gui.queue;

import java.util.Optional;
import javafx.scene.input.KeyCombination;
import org.clinicdesk.core.queue.QueueService;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.users.Permission;

/** What can be done from the queue board, who may do it (core's permission) and its keyboard shortcut. */
public enum QueueAction {
    START_TRIAGE(QueueStatus.IN_TRIAGE, "queue.action.startTriage", "Shortcut+T"),
    READY_FOR_DOCTOR(QueueStatus.READY_FOR_DOCTOR, "queue.action.readyForDoctor", "Shortcut+D"),
    CALL_NEXT(null, "queue.action.callNext", "Shortcut+G"),
    START_CONSULTATION(QueueStatus.IN_CONSULTATION, "queue.action.startConsultation", "Shortcut+B"),
    COMPLETE(QueueStatus.COMPLETED, "queue.action.complete", "Shortcut+M"),
    CANCEL(QueueStatus.CANCELLED, "queue.action.cancel", "Shortcut+Shift+X"),
    NO_SHOW(QueueStatus.NO_SHOW, "queue.action.noShow", "Shortcut+Shift+N"),
    REQUEUE(QueueStatus.WAITING, "queue.action.requeue", "Shortcut+Shift+R");

    private final QueueStatus target;
    private final String labelKey;
    private final KeyCombination shortcut;

    QueueAction(QueueStatus target, String labelKey, String shortcut) {
        this.target = target;
        this.labelKey = labelKey;
        this.shortcut = KeyCombination.valueOf(shortcut);
    }

    /** The status the selected entry moves to; empty for "call next", which picks the entry itself. */
    public Optional<QueueStatus> target() {
        return Optional.ofNullable(target);
    }

    public Permission permission() {
        return target == null ? Permission.QUEUE_CONSULT : QueueService.permissionFor(target);
    }

    /** Whether the action applies to an entry in this status (the state machine, or requeue of a non-waiting one). */
    public boolean appliesTo(QueueStatus status) {
        if (this == REQUEUE) {
            return status != QueueStatus.WAITING;
        }
        if (this == START_CONSULTATION) {
            return status == QueueStatus.READY_FOR_DOCTOR;
        }
        return target != null && status.canMoveTo(target);
    }

    public String labelKey() {
        return labelKey;
    }

    public KeyCombination shortcut() {
        return shortcut;
    }
}
