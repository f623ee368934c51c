package org.clinicdesk.app.gui.queue;

import java.util.Optional;
import org.clinicdesk.core.vitals.News2Score;
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
                        QueueStatus status, String statusText, String waiting, boolean hasVitals,
                        Optional<News2Score> news2, String seenBy, int unansweredHighFlags, String followUp) {

    public static BoardItem of(BoardRow row, Instant now, LocalDate today) {
        return of(row, Optional.empty(), 0, now, today);
    }

    /**
     * With today's NEWS2 for the board's column, when vitals were taken today, and the patient's count of unanswered
     * high flags for the badge.
     */
    public static BoardItem of(BoardRow row, Optional<News2Score> news2, int unansweredHighFlags, Instant now,
                               LocalDate today) {
        return of(row, news2, unansweredHighFlags, now, today, java.util.Map.of());
    }

    /** As above, with the doctor shown with their room ("dev · Room 2") when {@code rooms} has one for them. */
    public static BoardItem of(BoardRow row, Optional<News2Score> news2, int unansweredHighFlags, Instant now,
                               LocalDate today, java.util.Map<String, String> rooms) {
        QueueEntry e = row.entry();
        return new BoardItem(row, e.token().value(), row.patient().name().full(),
                Messages.get("patient.ageSex", row.patient().ageLabel(today), row.patient().sex().name()),
                e.priority(), Messages.get("priority." + e.priority().name()),
                e.status(), Messages.get("status." + e.status().name()),
                waitingText(row.waited(now)), row.hasVitals(), news2, row.seenBy().map(d -> doctorInRoom(d, rooms)).orElse(""), unansweredHighFlags,
                row.followUpReason().orElse(""));
    }

    /** "dev · Room 2", or the doctor alone when no room is set for them. */
    public static String doctorInRoom(String doctor, java.util.Map<String, String> rooms) {
        String room = rooms.get(doctor);
        return room == null ? doctor : Messages.get("queue.doctorInRoom", doctor, room);
    }

    static String waitingText(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        return minutes < 60 ? Messages.get("queue.waitingMinutes", minutes)
                : Messages.get("queue.waitingHours", minutes / 60, String.format("%02d", minutes % 60));
    }
}
