package org.clinicdesk.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.clinicdesk.app.summary.PrintedSummary;
import org.clinicdesk.app.summary.VisitSummaryPdf;
import org.clinicdesk.core.common.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code note summary NOTE_ID -o FILE.pdf}: the visit summary PDF of a signed note, as the window prints it; one
 * audit event (SUMMARY_EXPORTED), written with the file.
 */
@Command(name = "summary", description = "Write the visit summary PDF of a signed note (the export is audited).")
final class NoteSummary implements Callable<Integer> {
    @ParentCommand
    private NoteCommands group;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NOTE_ID")
    private String noteId;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The PDF to write (must not exist).")
    private Path output;

    @Override
    public Integer call() {
        if (Files.exists(output)) {
            throw new ValidationException("output", output + " already exists; choose a new file");
        }
        try (Session session = group.root.signIn()) {
            session.services().chart().exportSummary(session.actor(), NoteCommands.noteId(noteId), (chart, note) -> {
                new VisitSummaryPdf().write(PrintedSummary.of(session.services(), session.actor(), session.site(),
                        chart, note, session.today(), ZoneId.systemDefault()), output);
                return output;
            });
        }
        Output.of(spec).line(output.toString());
        return ExitCode.OK;
    }
}
