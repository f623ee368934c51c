package org.clinicdesk.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the {@code clinicdesk} command line with its error mapping, for the program and for tests. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine create(CliEnvironment env, PrintWriter out, PrintWriter err) {
        ErrorHandler errors = new ErrorHandler();
        ClinicDeskCommand root = new ClinicDeskCommand(env);
        CommandLine cmd = new CommandLine(root);
        cmd.addSubcommand("document", DocumentCommand.commandLine(new DocumentSession(root)));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        // "--user doctor": the demo user shares its name with the doctor command.
        cmd.setAllowSubcommandsAsOptionParameters(true);
        cmd.setExecutionExceptionHandler(errors);
        cmd.setParameterExceptionHandler(errors);
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd;
    }

    public static int run(CliEnvironment env, String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return create(env, out, err).execute(args);
    }
}
