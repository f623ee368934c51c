package org.clinicdesk.app.gui.queue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.core.queue.BoardRow;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueStatus;

/** One line of the queue board, with its text worked out for the moment it is shown. */
public record BoardItem(BoardRow row, String token, String name, String ageSex, Priority priority, String priorityText,
                        QueueStatus status, String statusText, String waiting, boolean hasVitals) {

    public static BoardItem of(BoardRow row, Instant now, LocalDate today) {
        QueueEntry e = row.entry();
        Instant until = e.status().isOpen() ? now : e.statusChangedAt();
        return new BoardItem(row, e.token().value(), row.patient().name().full(),
                Messages.get("patient.ageSex", row.patient().ageLabel(today), row.patient().sex().name()),
                e.priority(), Messages.get("priority." + e.priority().name()),
                e.status(), Messages.get("status." + e.status().name()),
                waitingText(Duration.between(e.arrivedAt(), until)), row.hasVitals());
    }

    static String waitingText(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        return minutes < 60 ? Messages.get("queue.waitingMinutes", minutes)
                : Messages.get("queue.waitingHours", minutes / 60, String.format("%02d", minutes % 60));
    }
}
