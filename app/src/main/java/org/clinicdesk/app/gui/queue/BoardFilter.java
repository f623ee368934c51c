package org.clinicdesk.app.gui.queue;

import java.util.EnumSet;
import java.util.Set;
import org.clinicdesk.core.queue.QueueStatus;

/** The board's tabs: who is where in the day's flow. Active (every open visit) is where the board starts. */
public enum BoardFilter {
    ACTIVE(EnumSet.of(QueueStatus.WAITING, QueueStatus.IN_TRIAGE, QueueStatus.READY_FOR_DOCTOR,
            QueueStatus.IN_CONSULTATION)),
    WAITING(EnumSet.of(QueueStatus.WAITING)),
    WITH_NURSE(EnumSet.of(QueueStatus.IN_TRIAGE)),
    WITH_DOCTOR(EnumSet.of(QueueStatus.READY_FOR_DOCTOR, QueueStatus.IN_CONSULTATION)),
    DONE_TODAY(EnumSet.of(QueueStatus.COMPLETED, QueueStatus.CANCELLED, QueueStatus.NO_SHOW)),
    ALL(EnumSet.allOf(QueueStatus.class));

    private final Set<QueueStatus> statuses;

    BoardFilter(Set<QueueStatus> statuses) {
        this.statuses = statuses;
    }

    public boolean shows(QueueStatus status) {
        return statuses.contains(status);
    }

    public String labelKey() {
        return "queue.filter." + name();
    }
}
