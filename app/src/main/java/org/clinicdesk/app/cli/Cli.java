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
        CommandLine cmd = new CommandLine(root, new EnvironmentFactory(env));
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
     * The verbs that read the central server's login from the environment are made with the command line's own
     * environment, so that scripts and tests that pass one are heard by every verb, not only by most.
     */
    private static final class EnvironmentFactory implements CommandLine.IFactory {
        private static final java.util.List<String> NAMES = java.util.List.of(CliEnvironment.DATA_DIR,
                JoinClinic.CENTRAL_USER, JoinClinic.CENTRAL_PASSWORD, CliEnvironment.NEW_PASSWORD,
                org.clinicdesk.storage.keys.KeyFolder.VARIABLE, "XDG_CONFIG_HOME", "LOCALAPPDATA");
        private final CliEnvironment env;

        EnvironmentFactory(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == SyncCommand.class) {
                return type.cast(new SyncCommand(java.util.Optional::empty, variables()));
            }
            if (type == CentralCommand.class) {
                return type.cast(new CentralCommand(variables()));
            }
            return CommandLine.defaultFactory().create(type);
        }

        private java.util.Map<String, String> variables() {
            java.util.Map<String, String> found = new java.util.HashMap<>();
            NAMES.forEach(name -> env.variable(name).ifPresent(value -> found.put(name, value)));
            return found;
        }
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
        return run(env, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** As the program runs a command: a verb that signs in has its store opening from the start ({@link EarlyStore}). */
    static int run(CliEnvironment env, PrintWriter out, PrintWriter err, String... args) {
        EarlyStore.start(env, java.util.List.of(args)); // while the command line below is built and read
        try {
            return create(env, out, err).execute(args);
        } finally {
            EarlyStore.closeUntaken();
        }
    }
}
