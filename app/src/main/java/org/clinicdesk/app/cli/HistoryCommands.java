package org.clinicdesk.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.history.HistoryKind;
import org.clinicdesk.core.history.LabResult;
import org.clinicdesk.core.history.LabResultParser;
import org.clinicdesk.core.patient.Patient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code history add}: a past record typed by hand (old prescription, diagnosis, visit or lab result). */
@Command(name = "history", description = "A patient's past records.", subcommands = HistoryCommands.Add.class)
final class HistoryCommands {
    @ParentCommand
    private ClinicDeskCommand root;

    /**
     * {@code history add UHID --kind KIND --summary TEXT [--date YYYY-MM-DD]}, or {@code --lab "Hb 10.2 g/dL (13-17)
     * 2024-03-02"}, read by the lab parser, which takes the date from the line unless {@code --date} is given.
     */
    @Command(name = "add", description = "Add a past record; prints its id.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        private HistoryCommands group;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "UHID")
        private String uhid;

        @Option(names = "--kind", paramLabel = "prescription|diagnosis|visit|lab_result")
        private String kind;

        @Option(names = "--summary", paramLabel = "TEXT")
        private String summary;

        @Option(names = "--lab", paramLabel = "LINE", description = "A lab result as typed from the report.")
        private String lab;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD")
        private String date;

        @Option(names = "--json", description = "Print one JSON document: {id, uhid, kind, date, summary}.")
        private boolean json;

        record Added(String id, String uhid, String kind, LocalDate date, String summary, String details) {
        }

        @Override
        public Integer call() {
            Record record = record();
            Added added;
            try (Session session = group.root.signIn()) {
                added = session.inTransaction(() -> {
                    Patient patient = session.services().patients().require(session.actor(), uhid);
                    HistoryEntry e = session.services().history().add(session.actor(), patient, record.kind(),
                            record.date(), record.summary(), record.details(), "typed");
                    return new Added(e.id().toString(), patient.uhid().value(),
                            e.kind().name().toLowerCase(java.util.Locale.ROOT), e.date(), e.summary(), e.details());
                });
            }
            Output out = Output.of(spec);
            if (json) {
                out.json(added);
            } else {
                out.line(added.id());
            }
            return ExitCode.OK;
        }

        /** What the options say, checked before the store is opened; nothing is stored if any is wrong. */
        private Record record() {
            LocalDate typedDate = parseDate();
            if (lab != null) {
                if (summary != null) {
                    throw new ValidationException("summary", "give either --lab or --summary, not both");
                }
                if (kind != null && HistoryKind.parse(kind) != HistoryKind.LAB_RESULT) {
                    throw new ValidationException("kind", "--lab adds a lab_result, not " + kind);
                }
                LabResult result = LabResultParser.parse(lab);
                return new Record(HistoryKind.LAB_RESULT, typedDate != null ? typedDate : result.date().orElse(null),
                        result.summary(), lab.strip());
            }
            if (kind == null) {
                throw new ValidationException("kind", "is missing (prescription, diagnosis, visit or lab_result)");
            }
            HistoryKind k = HistoryKind.parse(kind);
            if (summary == null || summary.isBlank()) {
                throw new ValidationException("summary", "is missing");
            }
            return new Record(k, typedDate, summary, "");
        }

        private LocalDate parseDate() {
            if (date == null) {
                return null;
            }
            try {
                return LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new ValidationException("date", "'" + date + "' is not a date; write it as YYYY-MM-DD");
            }
        }

        private record Record(HistoryKind kind, LocalDate date, String summary, String details) {
        }
    }
}
