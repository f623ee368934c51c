package org.clinicdesk.core.legacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.queue.Token;

/**
 * A row of the previous system's queue as a past visit: the queue entry of its own day (never today's board), its
 * original times, its final status, and the moves its timestamps show. The token keeps the old number behind the
 * prefix {@code L} and the desk's code ({@code LA-003}), so it cannot collide with a token the desk issued.
 */
final class LegacyVisits {
    private LegacyVisits() {
    }

    /** One move of a past visit, at its original time. */
    record Move(QueueStatus from, QueueStatus to, Instant at) {
    }

    record Visit(LocalDate day, Token token, Priority priority, QueueStatus status, Instant arrivedAt, List<Move> moves) {
        Instant lastChange() {
            return moves.get(moves.size() - 1).at();
        }
    }

    static Visit visit(LegacyFields f, SiteCode desk, LocalDate today) {
        if (!f.node().isObject()) {
            throw f.refused("", "is " + LegacyFile.type(f.node()) + ", not a queue row");
        }
        QueueStatus status = status(f);
        Priority priority;
        try {
            priority = Priority.parse(f.text("priority"));
        } catch (ValidationException e) {
            throw f.refused("priority", e);
        }
        Instant arrived = f.time("added_at");
        LocalDate day = f.day(arrived);
        if (!day.isBefore(today)) {
            throw f.refused("added_at", "is today: only past days are imported, so that the old queue does not "
                    + "appear on today's board; add the patient to today's queue at the desk");
        }
        String number = f.required("token_number");
        if (!number.matches("\\d{1,5}") || Integer.parseInt(number) < 1) {
            throw f.refused("token_number", "'" + number + "' is not a token number from 1 to 99999");
        }
        String prefix = "L" + desk.value().substring(0, Math.min(3, desk.value().length()));
        Token token = new Token(new SiteCode(prefix), Integer.parseInt(number));
        return new Visit(day, token, priority, status, arrived, moves(f, arrived, status));
    }

    /** The legacy statuses; "nurse_completed" is triage done, which ClinicDesk calls ready for the doctor. */
    private static QueueStatus status(LegacyFields f) {
        String s = f.required("status");
        switch (s.toLowerCase(Locale.ROOT)) {
            case "waiting":
                return QueueStatus.WAITING;
            case "in_triage", "with_nurse":
                return QueueStatus.IN_TRIAGE;
            case "nurse_completed", "ready_for_doctor":
                return QueueStatus.READY_FOR_DOCTOR;
            case "in_consultation":
                return QueueStatus.IN_CONSULTATION;
            case "completed":
                return QueueStatus.COMPLETED;
            case "cancelled", "canceled":
                return QueueStatus.CANCELLED;
            case "no_show":
                return QueueStatus.NO_SHOW;
            default:
                throw f.refused("status", "'" + s + "' is not a status of the previous system (waiting, "
                        + "nurse_completed, ready_for_doctor, in_consultation, completed, cancelled)");
        }
    }

    /** The moves the row's timestamps show, in the clinic's order, ending at its final status. */
    private static List<Move> moves(LegacyFields f, Instant arrived, QueueStatus status) {
        List<Move> moves = new ArrayList<>();
        moves.add(new Move(null, QueueStatus.WAITING, arrived));
        step(f, moves, "started_at", QueueStatus.IN_TRIAGE, status);
        step(f, moves, "nurse_completed_at", QueueStatus.READY_FOR_DOCTOR, status);
        step(f, moves, "consultation_started_at", QueueStatus.IN_CONSULTATION, status);
        step(f, moves, "completed_at", QueueStatus.COMPLETED, status);
        step(f, moves, "cancelled_at", QueueStatus.CANCELLED, status);
        Move last = moves.get(moves.size() - 1);
        if (last.to() != status) {
            // the row's final status has no time of its own: it happened by the last time the row shows
            moves.add(new Move(last.to(), status, last.at()));
        }
        return moves;
    }

    private static void step(LegacyFields f, List<Move> moves, String field, QueueStatus to, QueueStatus status) {
        Optional<Instant> at = f.optionalTime(field);
        // a step before the final status on the clinic's path, or the final status itself
        boolean onPath = to != QueueStatus.CANCELLED && to != QueueStatus.NO_SHOW;
        boolean reached = to == status || onPath && to.stage() < status.stage();
        if (at.isEmpty() || !reached) {
            return;
        }
        Move last = moves.get(moves.size() - 1);
        if (at.get().isBefore(last.at())) {
            throw f.refused(field, "is before the row's earlier step (" + last.to().label().toLowerCase(Locale.ROOT)
                    + ")");
        }
        moves.add(new Move(last.to(), to, at.get()));
    }
}
