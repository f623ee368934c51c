package org.clinicdesk.app.cli;

import java.util.concurrent.Callable;
import org.clinicdesk.app.demo.DemoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code demo-data}: a believable clinic day in the store, made by an admin through the ordinary use cases. */
@Command(name = "demo-data", description = {"Fill the store with realistic demo data (run as an admin).",
        "Adds users reception, nurse and doctor (password: CLINICDESK_PASSWORD, else '" + DemoData.DEMO_PASSWORD + "'),",
        "patients, and today's queue in every state with vitals and notes. The same seed gives the same data."})
final class DemoDataCommand implements Callable<Integer> {
    @ParentCommand
    private ClinicDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--patients", paramLabel = "N", defaultValue = "30", description = "How many patients (default ${DEFAULT-VALUE}).")
    private int patients;

    @Option(names = "--seed", paramLabel = "NUMBER", description = "Seed of the generator (default: a fixed one).")
    private long seed = DemoData.DEFAULT_SEED;

    @Override
    public Integer call() {
        DemoData.Options options = new DemoData.Options(patients, seed, root.env().variable(CliEnvironment.PASSWORD)
                .orElse(DemoData.DEMO_PASSWORD).toCharArray());
        DemoData.Summary summary;
        try (Session session = root.signIn()) {
            summary = new DemoData(session.services(), session.actor()).fill(options);
        }
        Output out = Output.of(spec);
        out.line("Demo data: " + summary.patients() + " patients, " + summary.queued() + " in today's queue, "
                + summary.vitals() + " sets of vitals, " + summary.notes() + " notes.");
        if (!summary.staffAdded().isEmpty()) {
            out.line("Added users " + String.join(", ", summary.staffAdded()) + " (password from CLINICDESK_PASSWORD, else '"
                    + DemoData.DEMO_PASSWORD + "').");
        }
        return ExitCode.OK;
    }
}
