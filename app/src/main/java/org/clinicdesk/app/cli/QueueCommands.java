package org.clinicdesk.app.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.queue.BoardRow;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueStatus;
import org.clinicdesk.core.queue.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code queue ...}: today's queue, as the board shows it. */
@Command(name = "queue", description = "Today's queue.", subcommands = {QueueCommands.Add.class,
        QueueCommands.ListBoard.class, QueueCommands.Move.class, QueueCommands.Requeue.class, PrintToFile.Slip.class})
final class QueueCommands {
    @ParentCommand
    ClinicDeskCommand root;

    /** A queue entry as {@code --json} shows it. */
    record EntryView(String token, String uhid, String name, String age, String sex, String priority, String status,
                     long waitedMinutes, boolean vitals, Instant arrivedAt, LocalDate serviceDate) {

        static EntryView of(QueueEntry e, Patient p, boolean vitals, LocalDate today, Instant now) {
            // An open visit is still waiting now; a closed one stopped waiting when it closed.
            Instant until = e.status().isOpen() ? now : e.statusChangedAt();
            long waited = Math.max(0, Duration.between(e.arrivedAt(), until).toMinutes());
            return new EntryView(e.token().value(), p.uhid().value(), p.name().full(), p.ageLabel(today), p.sex().name(),
                    e.priority().name(), e.status().name(), waited, vitals, e.arrivedAt(), e.serviceDate());
        }

        String line() {
            return String.format(Locale.ROOT, "%-7s %-12s %-24s %-14s %-9s %-16s %4d min  %s", token, uhid, name,
                    age + " " + sex, priority.toLowerCase(Locale.ROOT), status, waitedMinutes, vitals ? "vitals" : "-");
        }
    }

    /** {@code queue add UHID}: prints the token. */
    @Command(name = "add", description = "Put a patient in today's queue; prints the token.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        private QueueCommands group;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "UHID")
        private String uhid;

        @Option(names = "--priority", paramLabel = "normal|urgent|emergency", defaultValue = "normal")
        private String priority;

        @Option(names = "--json", description = "Print the queue entry as one JSON document.")
        private boolean json;

        @Override
        public Integer call() {
            EntryView entry;
            try (Session session = group.root.signIn()) {
                entry = session.inTransaction(() -> {
                    Priority parsed = Priority.parse(priority);
                    Patient patient = session.services().patients().require(session.actor(), uhid);
                    QueueEntry added = session.services().queue().add(session.actor(), patient, parsed);
                    return EntryView.of(added, patient, false, session.today(), added.arrivedAt());
                });
            }
            Output out = Output.of(spec);
            if (json) {
                out.json(entry);
            } else {
                out.line(entry.token());
            }
            return ExitCode.OK;
        }
    }

    /** {@code queue list}: the board in board order. */
    @Command(name = "list", description = "Today's board in board order.")
    static final class ListBoard implements Callable<Integer> {
        @ParentCommand
        private QueueCommands group;

        @Spec
        private CommandSpec spec;

        @Option(names = "--json", description = "Print one JSON document: {date, entries}.")
        private boolean json;

        @Option(names = "--day", paramLabel = "YYYY-MM-DD",
                description = "Another day's list, e.g. the follow-ups booked for it (default today).")
        private String day;

        record Board(LocalDate date, List<EntryView> entries) {
        }

        @Override
        public Integer call() {
            Board board;
            try (Session session = group.root.signIn()) {
                Instant now = group.root.env().clock().instant();
                LocalDate shown = day == null ? session.today() : parseDay(day);
                List<BoardRow> rows = session.services().queue().board(session.actor(), shown);
                board = new Board(shown, rows.stream()
                        .map(r -> EntryView.of(r.entry(), r.patient(), r.hasVitals(), session.today(), now)).toList());
            }
            Output out = Output.of(spec);
            if (json) {
                out.json(board);
            } else if (board.entries().isEmpty()) {
                out.note(day == null ? "Nobody is in the queue today (" + board.date() + ")."
                        : "Nobody is on the list of " + board.date() + ".");
            } else {
                out.line(String.format(Locale.ROOT, "%-7s %-12s %-24s %-14s %-9s %-16s %8s  %s", "TOKEN", "UHID", "NAME",
                        "AGE/SEX", "PRIORITY", "STATUS", "WAITED", "VITALS"));
                board.entries().forEach(e -> out.line(e.line()));
            }
            return ExitCode.OK;
        }
    }

    private static LocalDate parseDay(String typed) {
        try {
            return LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.clinicdesk.core.common.ValidationException("day", "'" + typed + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** {@code queue move TOKEN STATUS}: one step along the state machine, by the role that owns it. */
    @Command(name = "move", description = "Move a token to another status (IN_TRIAGE, READY_FOR_DOCTOR, "
            + "IN_CONSULTATION, COMPLETED, CANCELLED, NO_SHOW).")
    static final class Move implements Callable<Integer> {
        @ParentCommand
        private QueueCommands group;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TOKEN")
        private String token;

        @Parameters(index = "1", paramLabel = "STATUS")
        private String status;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (for a cancellation or a no-show).")
        private String reason;

        @Override
        public Integer call() {
            QueueEntry moved;
            try (Session session = group.root.signIn()) {
                Token parsed = Token.parse(token);
                QueueStatus target = QueueStatus.parse(status);
                moved = session.services().queue().move(session.actor(), parsed, target, reason);
            }
            Output.of(spec).line(moved.token().value() + " is now " + moved.status().label().toLowerCase(Locale.ROOT) + ".");
            return ExitCode.OK;
        }
    }

    /** {@code queue requeue TOKEN --reason ..}: the explicit, audited way back to waiting. */
    @Command(name = "requeue", description = "Bring a token back to waiting, with a reason.")
    static final class Requeue implements Callable<Integer> {
        @ParentCommand
        private QueueCommands group;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "TOKEN")
        private String token;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        private String reason;

        @Override
        public Integer call() {
            QueueEntry requeued;
            try (Session session = group.root.signIn()) {
                requeued = session.services().queue().requeue(session.actor(), Token.parse(token), reason);
            }
            Output.of(spec).line(requeued.token().value() + " is waiting again.");
            return ExitCode.OK;
        }
    }
}
