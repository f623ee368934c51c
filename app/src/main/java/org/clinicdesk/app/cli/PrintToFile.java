package org.clinicdesk.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.clinicdesk.app.print.Printables;
import org.clinicdesk.app.summary.PdfFile;
import org.clinicdesk.core.common.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code patient card UHID -o FILE.pdf} and {@code queue slip TOKEN|UHID -o FILE.pdf}: the registration card and the
 * token slip the window prints, as PDF files (each print audited). The file must not exist yet.
 */
final class PrintToFile {
    private PrintToFile() {
    }

    static int write(ClinicDeskCommand root, CommandSpec spec, Path output, String what,
                     BiFunction<Session, Printables, byte[]> render) {
        if (Files.exists(output)) {
            throw new ValidationException("output", output + " already exists; choose a new file");
        }
        try (Session session = root.signIn()) {
            PdfFile.write(render.apply(session, new Printables(session.services())), output, what);
        }
        Output.of(spec).line(output.toString());
        return ExitCode.OK;
    }

    /** {@code patient card UHID -o FILE.pdf}. */
    @Command(name = "card", description = "Write a patient's registration card (UHID with QR and bar code) as a PDF.")
    static final class Card implements Callable<Integer> {
        @ParentCommand
        private PatientCommands group;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "UHID")
        private String uhid;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The PDF to write (must not exist).")
        private Path output;

        @Override
        public Integer call() {
            return write(group.root, spec, output, "the registration card",
                    (session, print) -> print.registrationCard(session.actor(), uhid, session.today()));
        }
    }

    /** {@code queue slip TOKEN|UHID -o FILE.pdf}. */
    @Command(name = "slip", description = "Write the token slip of today's queue entry (by token or UHID) as a PDF.")
    static final class Slip implements Callable<Integer> {
        @ParentCommand
        private QueueCommands group;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "TOKEN|UHID")
        private String tokenOrUhid;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The PDF to write (must not exist).")
        private Path output;

        @Override
        public Integer call() {
            return write(group.root, spec, output, "the token slip",
                    (session, print) -> print.tokenSlip(session.actor(), tokenOrUhid, ZoneId.systemDefault()));
        }
    }
}
