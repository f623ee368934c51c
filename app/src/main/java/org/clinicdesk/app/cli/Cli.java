package org.clinicdesk.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Builds the {@code clinicdesk} command line with its error mapping, for the program and for tests. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine create(CliEnvironment env, PrintWriter out, PrintWriter err) {
        ErrorHandler errors = new ErrorHandler();
        ClinicDeskCommand root = new ClinicDeskCommand(env);
        CommandLine cmd = new CommandLine(root);
        cmd.addSubcommand("document", DocumentCommand.commandLine(new DocumentSession(root)));
        cmd.addSubcommand("help", new CommandLine.HelpCommand());
        helpEverywhere(cmd);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        // "--user doctor": the demo user shares its name with the doctor command.
        cmd.setAllowSubcommandsAsOptionParameters(true);
        cmd.setExecutionExceptionHandler(errors);
        cmd.setParameterExceptionHandler(errors);
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd;
    }

    /**
     * Gives every command and subcommand {@code -h/--help}, so {@code clinicdesk VERB [SUB] --help} prints the usage
     * and exits 0 even where options are required, before any verb runs (no store is opened). Done here, over the
     * whole tree, so a new verb cannot be added without it.
     */
    private static void helpEverywhere(CommandLine line) {
        CommandSpec spec = line.getCommandSpec();
        if (!spec.optionsMap().containsKey("--help")) {
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help and exit.").build());
        }
        line.getSubcommands().values().stream().distinct().forEach(Cli::helpEverywhere);
    }

    public static int run(CliEnvironment env, String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return create(env, out, err).execute(args);
    }
}
